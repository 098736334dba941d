package org.weiyuan.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * How request bodies are read, for every field at once:
 * <ul>
 *   <li>integers (every {@code …Fen} money field, counts, years) take JSON integers only:
 *       {@code 1.9}, {@code 1000.0}, {@code "2"} and {@code true} are refused rather than
 *       truncated or guessed, 400 naming the field;</li>
 *   <li>strings and map keys refuse control characters other than tab and line breaks
 *       (see {@link TextRules}), 400 naming the field.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("weiyuan-text-rules");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new CheckedKey());
        mapper.registerModule(module);
    }

    /** Jackson's own string reading, then the control-character check. */
    static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return check(p, StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return check(ctxt.getParser(), key);
        }
    }

    private static String check(JsonParser p, String value) throws InvalidFormatException {
        if (value != null && TextRules.firstControl(value, true) >= 0) {
            throw new ControlCharacterException(p, value);
        }
        return value;
    }

    /** A string holding a control character; the mapper answers 400 with the field's path. */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p, String value) {
            super(p, "control character in text", value, String.class);
        }
    }
}
