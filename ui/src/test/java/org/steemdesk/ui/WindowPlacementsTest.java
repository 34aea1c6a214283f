package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steemdesk.ui.WindowPlacements.Area;
import org.steemdesk.ui.WindowPlacements.Placement;

class WindowPlacementsTest {
    private static final Area LAPTOP = new Area(0, 0, 1920, 1080);
    private static final Area LAPTOP_USABLE = new Area(0, 32, 1920, 1048);
    private static final Area MONITOR = new Area(1920, 0, 2560, 1440);

    @Test
    void aPlacementComesBackOnTheSameScreens() {
        var placements = new WindowPlacements();
        placements.remember(List.of(LAPTOP, MONITOR), Placement.at(2100, 120, 1300, 850, false));

        assertThat(placements.restore(List.of(MONITOR, LAPTOP), List.of(LAPTOP_USABLE, MONITOR)))
                .contains(Placement.at(2100, 120, 1300, 850, false));
    }

    @Test
    void eachScreenConfigurationHasItsOwn() {
        var placements = new WindowPlacements();
        placements.remember(List.of(LAPTOP, MONITOR), Placement.at(2100, 120, 1300, 850, true));
        placements.remember(List.of(LAPTOP), Placement.at(40, 60, 1100, 720, false));

        assertThat(placements.restore(List.of(LAPTOP), List.of(LAPTOP_USABLE)))
                .contains(Placement.at(40, 60, 1100, 720, false));
        assertThat(placements.restore(List.of(LAPTOP, MONITOR), List.of(LAPTOP_USABLE, MONITOR)))
                .contains(Placement.at(2100, 120, 1300, 850, true));
        assertThat(placements.restore(List.of(new Area(0, 0, 1280, 800)), List.of(new Area(0, 0, 1280, 800))))
                .isEmpty();
    }

    @Test
    void aPlacementOffEveryScreenComesBackCentredAndNoLargerThanTheScreen() {
        var placements = new WindowPlacements();
        // Remembered on these screens, then the monitor's usable area shrank (a panel) so the title bar is above it.
        placements.remember(List.of(LAPTOP), Placement.at(300, -200, 2400, 900, false));

        var restored = placements.restore(List.of(LAPTOP), List.of(LAPTOP_USABLE)).orElseThrow();

        assertThat(restored.centred()).isTrue();
        assertThat(restored.width()).isEqualTo(1920);
        assertThat(restored.height()).isEqualTo(900);
    }

    @Test
    void aTitleBarPartlyOnAScreenIsStillReachable() {
        var placements = new WindowPlacements();
        placements.remember(List.of(LAPTOP), Placement.at(1800, 500, 1000, 700, false));

        assertThat(placements.restore(List.of(LAPTOP), List.of(LAPTOP_USABLE)).orElseThrow().centred()).isFalse();

        placements.remember(List.of(LAPTOP), Placement.at(1890, 500, 1000, 700, false));
        assertThat(placements.restore(List.of(LAPTOP), List.of(LAPTOP_USABLE)).orElseThrow().centred()).isTrue();
    }

    @Test
    void theTextReadsBackAndSkipsWhatItCannotRead() {
        var placements = new WindowPlacements();
        placements.remember(List.of(LAPTOP, MONITOR), Placement.at(2100.4, 120, 1300, 850, true));
        placements.remember(List.of(LAPTOP), Placement.at(40, 60, 1100, 720, false));

        var read = WindowPlacements.parse(placements.format() + "\nnonsense\n0,0,10x10=1,2,x,4,true\n=1,2,3,4,false");

        assertThat(read.asMap()).containsOnlyKeys(WindowPlacements.key(List.of(LAPTOP, MONITOR)),
                WindowPlacements.key(List.of(LAPTOP)));
        assertThat(read.restore(List.of(LAPTOP, MONITOR), List.of(LAPTOP_USABLE, MONITOR)))
                .contains(Placement.at(2100, 120, 1300, 850, true));
        assertThat(WindowPlacements.parse("").asMap()).isEmpty();
    }

    @Test
    void onlyTheMostRecentConfigurationsAreKept() {
        var placements = new WindowPlacements();
        for (int i = 0; i <= WindowPlacements.KEPT; i++) {
            placements.remember(List.of(new Area(0, 0, 1000 + i, 800)), Placement.at(10, 10, 600, 500, false));
        }
        assertThat(placements.asMap()).hasSize(WindowPlacements.KEPT)
                .doesNotContainKey(WindowPlacements.key(List.of(new Area(0, 0, 1000, 800))));
    }
}
