package fi.huoltopolku.infra;

import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The classes each of Vaadin's servlet container initializers asks for ({@link HandlesTypes}):
 * found by scanning the class path (ClassGraph) at build time and kept in {@link #INDEX}, so a start
 * reads a list of names instead of scanning thousands of classes. The build writes the index after
 * compiling ({@code exec:java} in the pom); without it (an IDE run) the start scans.
 */
public final class VaadinTypes {

    static final String INDEX = "META-INF/huoltopolku/vaadin-types.properties";
    private static final String[] SCANNED_PACKAGES = {"com.vaadin", "fi.huoltopolku"};

    private VaadinTypes() {
    }

    /** Vaadin's initializers on the class path, the lookup initializer first (the others use its services). */
    static List<ServletContainerInitializer> initializers() {
        List<ServletContainerInitializer> found = new ArrayList<>();
        for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
            if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                found.add(initializer);
            }
        }
        found.sort(Comparator.comparing(i -> i instanceof LookupServletContainerInitializer ? 0 : 1));
        return found;
    }

    /** The names of the classes each initializer handles, by the initializer's class name, from a scan. */
    static Map<String, Set<String>> scan(List<ServletContainerInitializer> initializers) {
        Map<String, Set<String>> handled = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES).scan()) {
            for (ServletContainerInitializer initializer : initializers) {
                Set<String> names = new TreeSet<>();
                HandlesTypes handlesTypes = initializer.getClass().getAnnotation(HandlesTypes.class);
                if (handlesTypes != null) {
                    for (Class<?> type : handlesTypes.value()) {
                        ClassInfoList matches = type.isAnnotation() ? scan.getClassesWithAnnotation(type.getName())
                                : type.isInterface() ? scan.getClassesImplementing(type.getName())
                                : scan.getSubclasses(type.getName());
                        names.addAll(matches.getNames());
                    }
                }
                handled.put(initializer.getClass().getName(), names);
            }
        }
        return handled;
    }

    /** The index the build wrote, if it is there and names every one of these initializers. */
    static Optional<Map<String, Set<String>>> read(List<ServletContainerInitializer> initializers) {
        try (InputStream in = VaadinTypes.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties index = new Properties();
            index.load(in);
            Map<String, Set<String>> handled = new TreeMap<>();
            for (ServletContainerInitializer initializer : initializers) {
                String names = index.getProperty(initializer.getClass().getName());
                if (names == null) {
                    return Optional.empty();
                }
                Set<String> set = new TreeSet<>();
                for (String name : names.split(",")) {
                    if (!name.isBlank()) {
                        set.add(name.trim());
                    }
                }
                handled.put(initializer.getClass().getName(), set);
            }
            return Optional.of(handled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the named classes. */
    static Set<Class<?>> load(Set<String> names) {
        Set<Class<?>> classes = new HashSet<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, VaadinTypes.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // As ClassGraph's loadClasses(true): a class that cannot load is left out.
            }
        }
        return classes;
    }

    /** Writes the index into the given class output folder: the build's step after compiling. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(INDEX);
        Files.createDirectories(file.getParent());
        Properties index = new Properties();
        scan(initializers()).forEach((initializer, names) -> index.setProperty(initializer, String.join(",", names)));
        try (OutputStream out = Files.newOutputStream(file)) {
            index.store(out, "Classes Vaadin's initializers handle, written by VaadinTypes at build time");
        }
    }
}
