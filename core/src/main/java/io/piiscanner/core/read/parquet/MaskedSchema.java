package io.piiscanner.core.read.parquet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * A Parquet schema with the values its names hold masked: the message's name and every field's,
 * nested ones too, as reports mask names. Types, repetitions, annotations and ids stay, and so does
 * the order of the fields, so a record of the schema is one of the copy's field by field.
 *
 * <p>Names stay unique within their group, as a schema needs: a masked name that another field of
 * the group already has (two cards ending in the same four digits) gets the first free suffix
 * {@code _2}, {@code _3}, ..., in field order, so the same schema always gets the same names.
 * Names that hold no value are kept as they are and never taken by a suffixed one.
 */
final class MaskedSchema {

    private MaskedSchema() {}

    /** The schema with its names masked; the very schema when no name holds a value. */
    static MessageType of(MessageType schema, UnaryOperator<String> maskName) {
        String name = maskName.apply(schema.getName());
        List<Type> fields = fields(schema, maskName);
        return name.equals(schema.getName()) && fields.equals(schema.getFields())
                ? schema
                : new MessageType(name, fields);
    }

    private static List<Type> fields(GroupType group, UnaryOperator<String> maskName) {
        List<String> masked = new ArrayList<>(group.getFieldCount());
        Set<String> taken = new HashSet<>();
        for (Type field : group.getFields()) {
            String name = maskName.apply(field.getName());
            masked.add(name);
            if (name.equals(field.getName())) {
                taken.add(name);
            }
        }
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Type> fields = new ArrayList<>(group.getFieldCount());
        for (int f = 0; f < group.getFieldCount(); f++) {
            Type field = group.getType(f);
            String name = masked.get(f);
            if (!name.equals(field.getName())) {
                name = unique(name, taken, nextSuffix);
            }
            fields.add(named(field, name, maskName));
        }
        return fields;
    }

    /** The name, or the name with the first suffix no field of the group has; taken from then on. */
    private static String unique(String name, Set<String> taken, Map<String, Integer> nextSuffix) {
        String candidate = name;
        int suffix = nextSuffix.getOrDefault(name, 2);
        while (!taken.add(candidate)) {
            candidate = name + "_" + suffix++;
        }
        nextSuffix.put(name, suffix);
        return candidate;
    }

    /** The field under this name, its nested fields masked: the very field when nothing changed. */
    private static Type named(Type field, String name, UnaryOperator<String> maskName) {
        Integer id = field.getId() == null ? null : field.getId().intValue();
        if (field.isPrimitive()) {
            if (name.equals(field.getName())) {
                return field;
            }
            PrimitiveType p = field.asPrimitiveType();
            PrimitiveType copy = new PrimitiveType(p.getRepetition(), p.getPrimitiveTypeName(), p.getTypeLength(), name)
                    .withLogicalTypeAnnotation(p.getLogicalTypeAnnotation());
            return id == null ? copy : copy.withId(id);
        }
        GroupType g = field.asGroupType();
        List<Type> fields = fields(g, maskName);
        if (name.equals(g.getName()) && fields.equals(g.getFields())) {
            return field;
        }
        Types.GroupBuilder<GroupType> copy = Types.buildGroup(g.getRepetition())
                .as(g.getLogicalTypeAnnotation())
                .addFields(fields.toArray(new Type[0]));
        return (id == null ? copy : copy.id(id)).named(name);
    }
}
