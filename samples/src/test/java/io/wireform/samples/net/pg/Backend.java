package io.wireform.samples.net.pg;

import io.wireform.annotations.Length;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.Width;

/** What a PostgreSQL server sends: a type byte, an Int32 length, the body. */
@Protocol(tag = Width.UINT8)
public sealed interface Backend permits Backend.AuthenticationOk, Backend.ReadyForQuery, Backend.CommandComplete {
    /** {@code 'R'}, its length (always 8) and code 0: {@code 52 00000008 00000000}. */
    @Tag('R')
    record AuthenticationOk(@UInt32 long length, int code) implements Backend {
        public AuthenticationOk() {
            this(8, 0);
        }
    }

    /** {@code 'Z'}, its length (always 5) and the transaction status, {@code 'I'} for idle: {@code 5a 00000005 49}. */
    @Tag('Z')
    record ReadyForQuery(@UInt32 long length, byte status) implements Backend {
        public ReadyForQuery(byte status) {
            this(5, status);
        }
    }

    /** {@code 'C'} and the command tag: {@code 43 0000000d 53454c4543542031 00} for "SELECT 1". */
    @Tag('C')
    record CommandComplete(@Length(value = Width.UINT32, includeSelf = true) @Terminated String tag) implements Backend {}
}
