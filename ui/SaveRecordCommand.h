#pragma once

#include "parties/FieldError.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace kaishu::ui {

// An edit a clerk saved, on the undo stack as the record before and after. The save itself has
// happened by the time the command is pushed (so that a refused save never reaches the stack);
// undo and redo write the other snapshot back through the services, over whatever version the
// record has by then, so both directions are validated and audited like any save.
template<typename Snapshot> class SaveRecordCommand : public QUndoCommand
{
public:
    // Writes a snapshot over the stored record; throws what the services throw.
    using Writer = std::function<void(const Snapshot &)>;
    // Told when an undo or redo could not be written (the command then leaves the stack).
    using FailureHandler = std::function<void(const QString &message)>;

    SaveRecordCommand(const QString &text, Snapshot before, Snapshot after, Writer writer,
                      FailureHandler onFailure)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_writer(std::move(writer))
        , m_onFailure(std::move(onFailure))
    {}

    void undo() override { write(m_before); }

    void redo() override
    {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        write(m_after);
    }

private:
    void write(const Snapshot &snapshot)
    {
        QString failure;
        try {
            m_writer(snapshot);
            return;
        } catch (const parties::ValidationError &error) {
            failure = error.message();
        } catch (const parties::ConcurrentChangeError &error) {
            failure = error.message();
        } catch (const storage::StorageError &error) {
            failure = error.message();
        }
        setObsolete(true);
        if (m_onFailure)
            m_onFailure(failure);
    }

    Snapshot m_before;
    Snapshot m_after;
    Writer m_writer;
    FailureHandler m_onFailure;
    bool m_alreadyApplied = true;
};

} // namespace kaishu::ui
