package com.execreports.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a class's {@code main} in a separate JVM on the test class path, with an environment of
 * its own: the way to run the real command line against an endpoint, and to kill it mid-run.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /**
     * @param env the child's whole environment besides PATH and HOME (nothing else is inherited)
     * @param log where the child's stdout and stderr go, together
     */
    public static Process start(Class<?> main, List<String> args, Map<String, String> env, Path workingDir, Path log)
            throws IOException {
        return start(List.of(), main, args, env, workingDir, log);
    }

    /** As the other, with further options for the JVM ({@code -D…}). */
    public static Process start(List<String> jvmOptions, Class<?> main, List<String> args, Map<String, String> env,
                                Path workingDir, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), main.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> childEnv = builder.environment();
        childEnv.keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
        childEnv.putAll(env);
        return builder.start();
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path here. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
