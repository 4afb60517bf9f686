package io.piiscanner.core.linear;

import java.io.IOException;
import java.io.InputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Loads the engine's classes ({@code io.piiscanner.core.*}) a second time, with every character
 * read rewritten to go through {@link CharReads}: {@code String.charAt}, {@code CharSequence.charAt},
 * {@code String.indexOf(int, int)}, {@code String.regionMatches}, the input of every regular
 * expression ({@code Pattern.matcher}), and the membership tests of {@code CharClass}. Classes of
 * the JDK and of libraries come from the parent; {@link CharReads} too, so that the count is one.
 */
final class ReadCountingLoader extends ClassLoader {

    private static final String ENGINE_PACKAGES = "io.piiscanner.core.";
    private static final String COUNTER = CharReads.class.getName().replace('.', '/');
    private static final String CHAR_CLASS = "io/piiscanner/core/detect/CharClass";

    ReadCountingLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(ENGINE_PACKAGES) || name.equals(CharReads.class.getName())) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] counted = instrument(classBytes(name));
                c = defineClass(name, counted, 0, counted.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private byte[] classBytes(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    static byte[] instrument(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        // Call sites keep their operands: the stack needs no more room, so frames are copied as they are.
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new CountingCalls(super.visitMethod(access, name, descriptor, signature, exceptions));
                    }
                },
                0);
        return writer.toByteArray();
    }

    /** Rewrites the calls that read characters into calls of {@link CharReads}. */
    private static final class CountingCalls extends MethodVisitor {

        CountingCalls(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String counted = switch (owner + "." + name + descriptor) {
                case "java/lang/String.charAt(I)C" -> "(Ljava/lang/String;I)C";
                case "java/lang/CharSequence.charAt(I)C" -> "(Ljava/lang/CharSequence;I)C";
                case "java/lang/String.indexOf(II)I" -> "(Ljava/lang/String;II)I";
                case "java/lang/String.regionMatches(ZILjava/lang/String;II)Z" ->
                    "(Ljava/lang/String;ZILjava/lang/String;II)Z";
                case "java/util/regex/Pattern.matcher(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;" ->
                    "(Ljava/util/regex/Pattern;Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;";
                default -> null;
            };
            if (counted != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, name, counted, false);
                return;
            }
            if (owner.equals(CHAR_CLASS) && name.equals("contains")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, "tick", "()V", false);
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
