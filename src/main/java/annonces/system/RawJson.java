package annonces.system;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * A JSON value written before, sent as it is inside a larger document: Jackson copies its UTF-8 bytes, encoded
 * once, without parsing or escaping them again.
 */
@JsonSerialize(using = RawJson.Writer.class)
public final class RawJson {

    private final SerializedString json;

    public RawJson(String json) {
        this.json = new SerializedString(json);
        this.json.asUnquotedUTF8(); // encoded now, by the thread that made it, and kept
    }

    public String json() {
        return json.getValue();
    }

    /** The bytes written: what the value weighs in a cache. */
    public int size() {
        return json.asUnquotedUTF8().length;
    }

    @Override
    public String toString() {
        return json.getValue();
    }

    /** Copies the value's bytes. */
    public static final class Writer extends StdSerializer<RawJson> {

        public Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json);
        }
    }
}
