package org.weiyuan.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * A path or query parameter that is not a UUID, or not one of an enum's values, is the caller's
 * mistake: 400 with the parameter named, instead of JAX-RS' default 404 (which would read as
 * "that thing does not exist").
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, parameterName(annotations));
        }
        if (rawType == Integer.class || rawType == int.class || rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new IntegerConverter(rawType, parameterName(annotations));
        }
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return Ids.parse(name, value);
                } catch (DomainException e) {
                    throw new WebApplicationException(e, 400);
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException e) {
                String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                throw new WebApplicationException(DomainException.badParameter(name, "problem.json.enum", value, allowed), 400);
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }

    /** A number that does not fit (limit=99999999999) is a bad parameter, not a missing page. */
    private record IntegerConverter(Class<?> type, String name) implements ParamConverter<Object> {
        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                boolean wide = type == Long.class || type == long.class;
                return wide ? (Object) Long.parseLong(value.trim()) : (Object) Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new WebApplicationException(DomainException.badParameter(name, "problem.param.integer", value), 400);
            }
        }

        @Override
        public String toString(Object value) {
            return String.valueOf(value);
        }
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                String value = switch (a) {
                    case PathParam p -> p.value();
                    case QueryParam q -> q.value();
                    case RestPath p -> p.value();
                    case RestQuery q -> q.value();
                    default -> "";
                };
                if (!value.isBlank()) {
                    return value;
                }
            }
        }
        return "id";
    }
}
