package io.piiscanner.core.read.parquet;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Names stay unique within their group, as a schema needs ({@link UniqueNames}).
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
        List<String> names =
                UniqueNames.masked(group.getFields().stream().map(Type::getName).toList(), maskName);
        List<Type> fields = new ArrayList<>(group.getFieldCount());
        for (int f = 0; f < group.getFieldCount(); f++) {
            fields.add(named(group.getType(f), names.get(f), maskName));
        }
        return fields;
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
