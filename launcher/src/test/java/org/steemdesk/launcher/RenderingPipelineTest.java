package org.steemdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The software pipeline is chosen only where JavaFX would end on it anyway (Linux, no GPU device), and never over
 * the user's own {@code -Dprism.order}; {@code devices} stands in for {@code /dev}.
 */
class RenderingPipelineTest {
    @TempDir
    Path devices;

    private final Properties properties = new Properties();

    @Test
    void noGpuDeviceOnLinuxChoosesTheSoftwarePipeline() {
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isTrue();
        assertThat(properties.getProperty("prism.order")).isEqualTo("sw");
    }

    @Test
    void theSoftwarePipelineGoesWithoutTheRegionCacheUnlessTheUserSetsIt() {
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isTrue();
        assertThat(properties.getProperty("prism.disableRegionCaching")).isEqualTo("true");

        Properties own = new Properties();
        own.setProperty("prism.disableRegionCaching", "false");
        assertThat(RenderingPipeline.choose(own, "Linux", devices)).isTrue();
        assertThat(own.getProperty("prism.disableRegionCaching")).isEqualTo("false");
    }

    @Test
    void anEmptyDriDirectoryIsNoGpu() throws IOException {
        Files.createDirectory(devices.resolve("dri"));
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isTrue();
        assertThat(properties.getProperty("prism.order")).isEqualTo("sw");
    }

    @Test
    void aDrmNodeKeepsJavaFxsOwnOrder() throws IOException {
        Files.createDirectories(devices.resolve("dri"));
        Files.createFile(devices.resolve("dri/renderD128"));
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isFalse();
        assertThat(properties.getProperty("prism.order")).isNull();
        assertThat(properties.getProperty("prism.disableRegionCaching")).isNull();
    }

    @Test
    void anNvidiaDeviceKeepsJavaFxsOwnOrder() throws IOException {
        Files.createFile(devices.resolve("nvidia0"));
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isFalse();
        assertThat(properties.getProperty("prism.order")).isNull();
    }

    @Test
    void theUsersOwnOrderWins() {
        properties.setProperty("prism.order", "es2");
        assertThat(RenderingPipeline.choose(properties, "Linux", devices)).isFalse();
        assertThat(properties.getProperty("prism.order")).isEqualTo("es2");
    }

    @Test
    void otherSystemsKeepJavaFxsOwnOrder() {
        assertThat(RenderingPipeline.choose(properties, "Mac OS X", devices)).isFalse();
        assertThat(RenderingPipeline.choose(properties, "Windows 11", devices)).isFalse();
        assertThat(properties.getProperty("prism.order")).isNull();
    }
}
