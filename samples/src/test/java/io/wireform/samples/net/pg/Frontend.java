package io.wireform.samples.net.pg;

import io.wireform.annotations.Length;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.Width;

/** What a PostgreSQL client sends after the startup message: a type byte, an Int32 length, the body. */
@Protocol(tag = Width.UINT8)
public sealed interface Frontend permits Frontend.Query {
    /** {@code 'Q'}, a simple query. */
    @Tag('Q')
    record Query(@Length(value = Width.UINT32, includeSelf = true) @Terminated String sql) implements Frontend {}
}
