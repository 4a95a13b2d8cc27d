#!/usr/bin/env python3
"""A throw-away SMTP server on 127.0.0.1 for Kaishu's mail tests (aiosmtpd).

Usage: smtp-sink.py DIRECTORY [--auth USER:PASSWORD] [--starttls CERT KEY] [--implicit-tls CERT KEY]

Prints the port it listens on as the first line of stdout, then serves until stdin is closed,
SIGTERM, or --lifetime seconds have passed (so a crashed test never leaves it behind).

Every accepted message is saved in DIRECTORY as message-NNN.eml (the DATA bytes as received, after
the server removed the dot-stuffing) and message-NNN.json (envelope sender, recipients, whether
the session was authenticated and encrypted); the .json is written last, so its presence means the
message is complete. A recipient whose local part is "reject" is refused with 550.
"""

import argparse
import json
import os
import socket
import ssl
import sys
import threading

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:
    print("smtp-sink: python3-aiosmtpd is missing (Debian: apt-get install python3-aiosmtpd)", file=sys.stderr)
    sys.exit(3)


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0].lower() == "reject":
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown in local recipient table"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        base = os.path.join(self.directory, f"message-{number:03d}")
        with open(base + ".eml", "wb") as eml:
            eml.write(envelope.original_content)
        auth = session.auth_data
        login = auth.login if isinstance(auth, LoginPassword) else None
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "authenticated": bool(session.authenticated),
            "login": login.decode("utf-8", "replace") if isinstance(login, bytes) else login,
            # session.ssl is set by STARTTLS only; an implicit-TLS transport carries its SSL object.
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as out:
            json.dump(meta, out)
        os.replace(base + ".json.tmp", base + ".json")
        return f"250 2.0.0 Ok: queued as KAISHU{number:03d}"


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
                and auth_data.password == password.encode()):
            return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    return authenticate


def server_context(cert, key):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--auth", metavar="USER:PASSWORD")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--lifetime", type=float, default=600.0)
    args = parser.parse_args()

    kwargs = {"server_hostname": "smtp-sink.kaishu.test"}
    if args.starttls:
        kwargs["tls_context"] = server_context(*args.starttls)
        kwargs["require_starttls"] = True
    if args.implicit_tls:
        kwargs["ssl_context"] = server_context(*args.implicit_tls)
    if args.auth:
        user, _, password = args.auth.partition(":")
        kwargs["authenticator"] = make_authenticator(user, password)
        kwargs["auth_required"] = True
        # AUTH only inside TLS when STARTTLS is offered, as a real submission server does; on a
        # plain or implicit-TLS test server it is allowed as it is.
        kwargs["auth_require_tls"] = bool(args.starttls)

    # The Controller of aiosmtpd 1.4 needs a fixed port: take a free one, retry if it was taken
    # between the probe and the bind.
    controller = None
    for _ in range(10):
        candidate = Controller(Sink(args.directory), hostname="127.0.0.1", port=free_port(), **kwargs)
        try:
            candidate.start()
        except OSError:
            continue
        controller = candidate
        break
    if controller is None:
        print("smtp-sink: no free port", file=sys.stderr)
        return 2

    print(controller.port, flush=True)
    stop = threading.Event()

    def wait_for_stdin():
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    stop.wait(args.lifetime)
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
