package io.wireform.benchmarks.model;

import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Width;
import java.util.List;

/**
 * The variable message of issue 6: two length-prefixed UTF-8 strings and a counted list of (in the
 * benchmark) 20 nested fixed-size records.
 */
@Message
public record Order(long orderId,
                    @Prefixed(Width.UINT16) String customer,
                    @Prefixed(Width.UINT16) String note,
                    @Prefixed(Width.UINT8) List<Item> items) {}
