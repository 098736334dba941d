package org.weiyuan.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The physical naming strategy names every entity's table and columns as the migrations made them:
 * for each @Entity of the main classes, its table and every persistent field's column (its
 * {@code @Column(name)} where it has one, else what {@link CamelCaseToUnderscoresNamingStrategy}
 * derives from the field name; embedded fields included) exist in the migrated schema. A column
 * annotation removed although the strategy derives another name fails here.
 */
@QuarkusTest
class EntityColumnsApiTest {

    @Inject
    AgroalDataSource jdbc;

    static final CamelCaseToUnderscoresNamingStrategy STRATEGY = new CamelCaseToUnderscoresNamingStrategy();

    @Test
    void everyMappedColumnExistsInTheSchema() throws Exception {
        Set<String> schema = new HashSet<>();
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns where table_schema = current_schema()")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        List<String> mapped = new ArrayList<>();
        for (var javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.weiyuan")) {
            if (!javaClass.isAnnotatedWith(Entity.class)) {
                continue;
            }
            Class<?> entity = Class.forName(javaClass.getName());
            Table table = entity.getAnnotation(Table.class);
            String tableName = table != null && !table.name().isEmpty() ? table.name() : physical(entity.getSimpleName());
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                columns(c, tableName, mapped);
            }
        }
        assertThat(mapped).hasSizeGreaterThan(300); // every entity was found (about 40 tables)
        assertThat(mapped).as("entity columns missing from the schema").allMatch(schema::contains);
    }

    private static void columns(Class<?> type, String table, List<String> into) {
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(jakarta.persistence.Transient.class) || f.isSynthetic() || f.getName().startsWith("$$")) {
                continue;
            }
            if (f.isAnnotationPresent(Embedded.class)) {
                columns(f.getType(), table, into);
                continue;
            }
            Column column = f.getAnnotation(Column.class);
            into.add(table + "." + (column != null && !column.name().isEmpty() ? physical(column.name()) : physical(f.getName())));
        }
    }

    private static String physical(String logical) {
        return STRATEGY.toPhysicalColumnName(Identifier.toIdentifier(logical), null).getText();
    }
}
