#pragma once

#include <QStringList>
#include <QTextStream>

namespace kaishu::cli {

// Exit codes of kaishu-cli.
enum ExitCode { Success = 0, Invalid = 1, UsageError = 2, Failure = 3 };

// Runs one kaishu-cli command line (without the program name); output goes to out, messages to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kaishu::cli
