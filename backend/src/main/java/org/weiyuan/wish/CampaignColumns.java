package org.weiyuan.wish;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A campaign's acceptance sets, stored as sorted comma-separated values: readable in SQL. */
final class CampaignColumns {

    private CampaignColumns() { }

    private static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }

    private static String join(Set<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    @Converter
    static class Kinds implements AttributeConverter<Set<WishKind>, String> {
        @Override
        public String convertToDatabaseColumn(Set<WishKind> attribute) {
            return join(attribute);
        }

        @Override
        public Set<WishKind> convertToEntityAttribute(String dbData) {
            return enums(dbData, WishKind.class);
        }
    }

    @Converter
    static class Levels implements AttributeConverter<Set<AdmissionLevel>, String> {
        @Override
        public String convertToDatabaseColumn(Set<AdmissionLevel> attribute) {
            return join(attribute);
        }

        @Override
        public Set<AdmissionLevel> convertToEntityAttribute(String dbData) {
            return enums(dbData, AdmissionLevel.class);
        }
    }

    @Converter
    static class Units implements AttributeConverter<Set<UUID>, String> {
        @Override
        public String convertToDatabaseColumn(Set<UUID> attribute) {
            return join(attribute);
        }

        @Override
        public Set<UUID> convertToEntityAttribute(String dbData) {
            Set<UUID> set = new LinkedHashSet<>();
            if (dbData != null && !dbData.isBlank()) {
                Arrays.stream(dbData.split(",")).map(UUID::fromString).forEach(set::add);
            }
            return set;
        }
    }
}
