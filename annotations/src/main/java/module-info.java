/**
 * The annotations that describe a wire layout: {@code @Message} on a record, {@code @Protocol} on a
 * sealed interface, {@code @WireEnum} on an enum, and the component annotations that say how each
 * value is written. No dependencies; retained in class files only.
 */
module io.wireform.annotations {
    exports io.wireform.annotations;
}
