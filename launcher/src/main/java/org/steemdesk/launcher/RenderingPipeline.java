package org.steemdesk.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * JavaFX's rendering pipeline on a Linux machine without a GPU device (no DRM node under {@code /dev/dri}, no
 * NVIDIA {@code /dev/nvidia0}: a VM, a remote desktop, Xvfb). There Mesa offers only its software rasterizer, which
 * JavaFX refuses ("System GPU doesn't meet the es2 pipe requirement") before it falls back to its own software
 * pipeline anyway; the refused probe maps Mesa's GL and LLVM for nothing (about 60 MB resident after every page was
 * visited, README's memory row). So the desktop app asks for the software pipeline ({@code prism.order=sw}) there
 * straight away. Chosen in Java, before the toolkit starts, so that the installed package (whose jpackage launcher
 * takes only fixed JVM options) and {@code ./steemdesk} get the same choice. A machine with a GPU keeps JavaFX's own
 * order (es2 first), and a {@code -Dprism.order} the user gave (e.g. through {@code JAVA_TOOL_OPTIONS}) always wins.
 */
final class RenderingPipeline {
    static final String ORDER = "prism.order";
    static final String SOFTWARE = "sw";
    /**
     * JavaFX caches the backgrounds of regions as images; on the software pipeline that cache is an 8 MB image on
     * the Java heap for the process's life, where it saves little (the rasterizer is native): bench/soak-ab, every
     * page visited 3 times, 196-199 MB resident without it against 204-208 MB with it, the UI's pace within the
     * noise (15 page switches, a post opened). With a GPU the cache is a texture and stays on.
     */
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";

    private RenderingPipeline() {
    }

    /**
     * Sets {@code prism.order} (and turns the region cache off, unless the user set it) in this JVM's system
     * properties when this machine has no GPU device.
     */
    static void choose() {
        choose(System.getProperties(), System.getProperty("os.name", ""), Path.of("/dev"));
    }

    /**
     * Sets {@link #ORDER} to {@link #SOFTWARE} in {@code properties} when it is unset, the OS is Linux and
     * {@code devices} (the {@code /dev} directory) holds no GPU device, with {@link #REGION_CACHING_OFF} unless already
     * set; returns whether it did.
     */
    static boolean choose(Properties properties, String osName, Path devices) {
        if (properties.getProperty(ORDER) != null || !osName.startsWith("Linux") || hasGpu(devices)) {
            return false;
        }
        properties.setProperty(ORDER, SOFTWARE);
        properties.putIfAbsent(REGION_CACHING_OFF, "true");
        return true;
    }

    /**
     * Whether {@code devices} has a DRM node (any entry of {@code dri}) or {@code nvidia0}. Only a missing
     * {@code dri} counts as none: a {@code dri} that cannot be read is taken as a GPU, so JavaFX decides as before.
     */
    static boolean hasGpu(Path devices) {
        if (Files.exists(devices.resolve("nvidia0"))) {
            return true;
        }
        try (Stream<Path> nodes = Files.list(devices.resolve("dri"))) {
            return nodes.findAny().isPresent();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return false;
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
