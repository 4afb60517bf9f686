package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.Damage;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/** What a format's library threw, as the engine reports it. */
final class ReaderErrors {

    private ReaderErrors() {}

    /**
     * The engine's own exception from under the library's (a limit met, an error reading the
     * input, content that cannot be read), which the library may have wrapped in its own; anything
     * else as damage of the format, in one line that quotes none of the library's message.
     *
     * @param what the format, as messages name it ({@code Excel workbook})
     */
    static IOException unwrap(Throwable e, String what) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++) {
            if (t instanceof IOException io && io.getClass().getPackageName().startsWith("io.piiscanner")) {
                return io;
            }
            t = t instanceof XMLStreamException x && x.getNestedException() != null
                    ? x.getNestedException()
                    : t.getCause();
        }
        return new CorruptInputException(Damage.describe(what, e));
    }
}
