#!/usr/bin/python3
"""An echo server speaking one of Twisted's framing protocols, for TwistedInteropTest.

Run with Debian's own interpreter, which is the one python3-twisted is installed for:

    /usr/bin/python3 samples/src/test/python/twisted_peer.py int8|int16|int32|netstring|line

It listens on 127.0.0.1 on a free port and echoes every string (or line) it receives with
sendString (or sendLine). Twisted's default MAX_LENGTH is kept, and so is what it does beyond it:
lengthLimitExceeded / lineLengthExceeded / a netstring parse error close the connection.

Stdout, one event a line, flushed:

    TWISTED <version>          first
    MAX <n>                    the receiver's MAX_LENGTH
    PORT <n>                   once listening
    EXCEEDED <n>               the limit hook ran (n: the length prefix, or the bytes buffered for a line)
    LOST <n> <reason>          a connection ended; n = brokenPeer for netstrings (1 after a parse error), else 0

The process stops by itself after 60 s, on SIGTERM or SIGINT, and when its stdin is closed (the
test JVM went away).
"""

import os
import sys
import threading

import twisted
from twisted.internet import protocol, reactor
from twisted.protocols import basic

LIFETIME_SECONDS = 60


def say(*words):
    print(*words, flush=True)


class IntNEcho:
    """Echo for the length-prefixed receivers; mixed in before the Twisted class."""

    def stringReceived(self, string):
        self.sendString(string)

    def lengthLimitExceeded(self, length):
        say("EXCEEDED", length)
        super().lengthLimitExceeded(length)  # Twisted's default: loseConnection()

    def connectionLost(self, reason):
        say("LOST", 0, reason.getErrorMessage())
        super().connectionLost(reason)


class Int8Echo(IntNEcho, basic.Int8StringReceiver):
    pass  # '!B': an unsigned byte


class Int16Echo(IntNEcho, basic.Int16StringReceiver):
    pass  # '!H': unsigned 16 bits, big-endian


class Int32Echo(IntNEcho, basic.Int32StringReceiver):
    pass  # '!I': unsigned 32 bits, big-endian


class NetstringEcho(basic.NetstringReceiver):
    def stringReceived(self, string):
        self.sendString(string)

    def connectionLost(self, reason):
        # NetstringReceiver has no limit hook: a length over MAX_LENGTH is a NetstringParseError,
        # after which it sets brokenPeer and calls loseConnection().
        if self.brokenPeer:
            say("EXCEEDED", "netstring-parse-error")
        say("LOST", self.brokenPeer, reason.getErrorMessage())
        super().connectionLost(reason)


class LineEcho(basic.LineReceiver):
    delimiter = b"\r\n"

    def lineReceived(self, line):
        self.sendLine(line)

    def lineLengthExceeded(self, line):
        say("EXCEEDED", len(line))
        return super().lineLengthExceeded(line)  # Twisted's default: loseConnection()

    def connectionLost(self, reason):
        say("LOST", 0, reason.getErrorMessage())
        super().connectionLost(reason)


PROTOCOLS = {
    "int8": Int8Echo,
    "int16": Int16Echo,
    "int32": Int32Echo,
    "netstring": NetstringEcho,
    "line": LineEcho,
}


def stop():
    if reactor.running:
        reactor.stop()


def watch_stdin():
    """Stops the reactor when stdin reaches its end: the parent closed it, or died."""
    # os.read on the descriptor, not sys.stdin: a daemon thread blocked inside the buffered
    # reader holds its lock, and the interpreter then aborts at exit instead of ending cleanly
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    reactor.callFromThread(stop)


def main(argv):
    if len(argv) != 2 or argv[1] not in PROTOCOLS:
        sys.stderr.write("usage: twisted_peer.py %s\n" % "|".join(PROTOCOLS))
        return 2
    cls = PROTOCOLS[argv[1]]
    factory = protocol.Factory.forProtocol(cls)
    say("TWISTED", twisted.__version__)
    say("MAX", cls.MAX_LENGTH)
    port = reactor.listenTCP(0, factory, interface="127.0.0.1")
    say("PORT", port.getHost().port)
    reactor.callLater(LIFETIME_SECONDS, stop)  # the safety net: never outlive a lost test
    threading.Thread(target=watch_stdin, daemon=True).start()
    reactor.run()  # installs Twisted's SIGTERM and SIGINT handlers, which stop the reactor
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
