package org.weiyuan.household;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores small enum sets as sorted, comma-separated names: readable in SQL, stable to hash. */
final class EnumSets {

    private EnumSets() { }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }

    @Converter
    static class Causes implements AttributeConverter<Set<HardshipCause>, String> {
        @Override
        public String convertToDatabaseColumn(Set<HardshipCause> attribute) {
            return join(attribute);
        }

        @Override
        public Set<HardshipCause> convertToEntityAttribute(String dbData) {
            return split(dbData, HardshipCause.class);
        }
    }

    @Converter
    static class Help implements AttributeConverter<Set<RecommendedHelp>, String> {
        @Override
        public String convertToDatabaseColumn(Set<RecommendedHelp> attribute) {
            return join(attribute);
        }

        @Override
        public Set<RecommendedHelp> convertToEntityAttribute(String dbData) {
            return split(dbData, RecommendedHelp.class);
        }
    }
}
