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

    private static String join(Set<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    /** An enum set column; one subclass per enum, since JPA converters need a concrete class. */
    abstract static class EnumColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
        private final Class<E> type;

        EnumColumn(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> attribute) {
            return join(attribute);
        }

        @Override
        public Set<E> convertToEntityAttribute(String dbData) {
            EnumSet<E> set = EnumSet.noneOf(type);
            if (dbData != null && !dbData.isBlank()) {
                Arrays.stream(dbData.split(",")).map(v -> Enum.valueOf(type, v)).forEach(set::add);
            }
            return set;
        }
    }

    @Converter
    static class Kinds extends EnumColumn<WishKind> {
        Kinds() {
            super(WishKind.class);
        }
    }

    @Converter
    static class Levels extends EnumColumn<AdmissionLevel> {
        Levels() {
            super(AdmissionLevel.class);
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
