package org.neurula.visualizer.view;

import static org.neurula.visualizer.view.KeyBindings.key;
import static org.neurula.visualizer.view.KeyBindings.typed;
import java.awt.AWTError;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.graphstream.graph.Element;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.swing.SwingGraphRenderer;
import org.graphstream.ui.swing_viewer.DefaultView;
import org.graphstream.ui.swing_viewer.SwingViewer;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.util.ShortcutManager;
import org.neurula.visualizer.BadInputException;
import org.neurula.visualizer.replay.GrowthFrames;
import org.neurula.visualizer.replay.WeightTrace;
import org.neurula.runs.output.GenomeFile;
import org.neurula.visualizer.topology.DrawingOptions;
import org.neurula.visualizer.substrate.GenomeDrawing;
import org.neurula.visualizer.topology.TopologyPicture;


/**
 * The {@code neurula view} window: the topology of one genome in a GraphStream view, with a toolbar to
 * step through a run's champions, zoom and toggle labels, a details panel for the node or connection
 * under the pointer, a legend, and lifetime replay controls when a {@link ReplaySource} is given. A
 * genome with a grown network is shown as {@link GenomeDrawing} draws it: the CPPN beside the
 * substrate network. With a {@link GrowthSource} the champion is shown growing from one cell instead:
 * a slider over its growth cycles (and its first pruning) in place of the replay controls.
 *
 * <p>Mouse: wheel zooms around the pointer, dragging the background pans, hovering shows details,
 * a click pins them. Keys: {@code + -} zoom, arrows pan, {@code F} or {@code 0} fits, Page Up/Down
 * (and Home/End) step through champions, {@code L} node labels, {@code W} weight labels, {@code D}
 * disabled genes, Space plays or pauses the replay or the growth, Escape closes.
 */
public final class TopologyWindow {

    /** Extra style rules: how the element under the pointer (or pinned) is marked. */
    static final String HIGHLIGHT_STYLE = """
            node:selected { stroke-color: #ff8c00; stroke-width: 4px; }
            edge:selected { fill-color: #ff8c00; }
            """;

    private static final String HINTS = "wheel: zoom \u00b7 drag: pan \u00b7 arrows: pan \u00b7 + \u2212: zoom"
            + " \u00b7 F: fit \u00b7 PgUp/PgDn: champions \u00b7 L, W, D: labels, weights, disabled genes";

    private final ChampionSequence champions;
    private final ViewSettings settings;
    private final Optional<ReplaySource> replaySource;
    private final Optional<GrowthSource> growthSource;
    /** Captures tried at most before a screenshot is written whatever it shows. */
    private static final int SCREENSHOT_ATTEMPTS = 40;
    private static final int SCREENSHOT_RETRY_MILLIS = 250;
    /** Distinct colours that tell a drawn graph from an empty view. */
    private static final int DRAWING_COLOURS = 12;

    private final Graph displayed = new MultiGraph("neurula-view", false, true);
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private final JFrame frame = new JFrame("Neurula");
    private final SwingViewer viewer;
    private final DefaultView view;
    private final CameraControl camera;
    private final JButton previous = toolButton("\u25c0 Prev", "Earlier champion (Page Up)");
    private final JButton next = toolButton("Next \u25b6", "Later champion (Page Down)");
    private final JLabel championLabel = new JLabel();
    private final JCheckBox labels = new JCheckBox("Labels (L)");
    private final JCheckBox weights = new JCheckBox("Weights (W)");
    private final JCheckBox disabled = new JCheckBox("Disabled genes (D)");
    private final InfoPanel info = new InfoPanel();
    private final JLabel status = new JLabel(HINTS);
    private final JPanel replayArea = new JPanel(new BorderLayout());

    private Optional<ReplayControls> replay = Optional.empty();
    private Optional<GrowthControls> growth = Optional.empty();
    private Optional<String> pinned = Optional.empty();
    private Optional<String> highlighted = Optional.empty();

    private TopologyWindow(ChampionSequence champions, ViewSettings settings, Optional<ReplaySource> replaySource,
            Optional<GrowthSource> growthSource) {
        this.champions = champions;
        this.settings = settings;
        this.replaySource = replaySource;
        this.growthSource = growthSource;
        labels.setSelected(settings.drawing().labels());
        weights.setSelected(settings.drawing().weights());
        disabled.setSelected(settings.drawing().showDisabled());
        viewer = new SwingViewer(displayed, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (DefaultView) viewer.addDefaultView(false, new SwingGraphRenderer());
        camera = new CameraControl(view, view);
        view.setShortcutManager(new NoShortcuts());
        view.setMouseManager(new ViewMouse(view, camera,
                new ElementPicker(view, camera, viewer.getGraphicGraph(), displayed), this::hover, this::pin));
        layOut();
        bindKeys();
    }

    /**
     * Opens the window on the genome {@code champions} shows and returns when the user closed it (or,
     * with {@link ViewSettings#screenshot()}, when the screenshot is written).
     *
     * @throws NoDisplayException   if there is no screen to open the window on
     * @throws BadInputException    if the first genome's lifetime cannot be replayed
     * @throws IOException          if the screenshot cannot be written
     */
    public static void showAndWait(ChampionSequence champions, ViewSettings settings,
            Optional<ReplaySource> replaySource) throws IOException {
        showAndWait(champions, settings, replaySource, Optional.empty());
    }

    /**
     * Opens the window as {@link #showAndWait(ChampionSequence, ViewSettings, Optional)} does, showing each
     * champion growing from one cell when {@code growthSource} is given (not together with a replay).
     *
     * @throws BadInputException if the first genome cannot be grown again or replayed
     */
    public static void showAndWait(ChampionSequence champions, ViewSettings settings,
            Optional<ReplaySource> replaySource, Optional<GrowthSource> growthSource) throws IOException {
        if (replaySource.isPresent() && growthSource.isPresent()) {
            throw new IllegalArgumentException("the window shows a lifetime replay or a growth, not both");
        }
        NoDisplayException.check();
        CompletableFuture<Void> closed;
        try {
            TopologyWindow[] window = new TopologyWindow[1];
            SwingUtilities.invokeAndWait(() -> {
                window[0] = new TopologyWindow(champions, settings, replaySource, growthSource);
                window[0].open();
            });
            closed = window[0].closed;
        } catch (InvocationTargetException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            closed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        return switch (cause) {
            case HeadlessException h -> new NoDisplayException(NoDisplayException.headlessReason());
            case AWTError a -> NoDisplayException.from(a);
            case RuntimeException r -> r;
            case Error err -> throw err;
            default -> new IllegalStateException(cause);
        };
    }

    /** Shows the first genome and the window; starts the screenshot or exit timer. */
    private void open() {
        try {
            showChampion(true);
        } catch (RuntimeException e) { // a bad first genome or replay: no window
            viewer.close();
            frame.dispose();
            throw e;
        }
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                replay.ifPresent(ReplayControls::dispose);
                growth.ifPresent(GrowthControls::dispose);
                viewer.close();
                if (settings.screenshot().isPresent()) { // a no-op once the screenshot is written
                    closed.completeExceptionally(new UncheckedIOException(
                            new IOException("the window was closed before the screenshot was taken")));
                }
                closed.complete(null);
            }
        });
        frame.setSize(fittedSize());
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        view.requestFocusInWindow();
        settings.screenshot().ifPresentOrElse(this::scheduleScreenshot, () -> {
            if (settings.exitAfterMillis() > 0) {
                oneShot(settings.exitAfterMillis(), frame::dispose);
            }
        });
    }

    private Dimension fittedSize() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return new Dimension(Math.min(settings.width(), screen.width), Math.min(settings.height(), screen.height));
    }

    private void scheduleScreenshot(Path file) {
        oneShot(settings.screenshotDelayMillis(), () -> takeScreenshot(file, SCREENSHOT_ATTEMPTS));
    }

    /**
     * Captures the window once its graph view shows a drawing; a slow machine may not have painted it
     * after the delay, so a blank view is captured again a little later, a limited number of times.
     */
    private void takeScreenshot(Path file, int attemptsLeft) {
        if (!frame.isDisplayable()) {
            return; // closed by the user meanwhile
        }
        try {
            BufferedImage image = WindowCapture.capture(frame);
            if (attemptsLeft > 1 && !showsDrawing(image)) {
                oneShot(SCREENSHOT_RETRY_MILLIS, () -> takeScreenshot(file, attemptsLeft - 1));
                return;
            }
            TopologyPicture.writePng(image, file);
            closed.complete(null);
        } catch (IOException e) {
            closed.completeExceptionally(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            closed.completeExceptionally(e); // never leave the command waiting for a window that is gone
        }
        frame.dispose();
    }

    /** Whether the graph view's part of a capture holds more than a background and a few pixels. */
    private boolean showsDrawing(BufferedImage image) {
        Point at = SwingUtilities.convertPoint(view, 0, 0, frame);
        Set<Integer> colours = new HashSet<>();
        for (int y = Math.max(0, at.y); y < Math.min(image.getHeight(), at.y + view.getHeight()); y += 2) {
            for (int x = Math.max(0, at.x); x < Math.min(image.getWidth(), at.x + view.getWidth()); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
                if (colours.size() > DRAWING_COLOURS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void oneShot(long millis, Runnable action) {
        Timer timer = new Timer((int) Math.min(Integer.MAX_VALUE, millis), e -> action.run());
        timer.setRepeats(false);
        timer.start();
    }

    // ---- layout and input

    private void layOut() {
        JToolBar toolbar = new JToolBar();
        toolbar.setFloatable(false);
        previous.addActionListener(e -> step(-1));
        next.addActionListener(e -> step(1));
        championLabel.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        // a fixed width, so that the controls after it stay put while stepping
        Dimension labelSize = new Dimension(championLabel.getFontMetrics(championLabel.getFont())
                .stringWidth("generation 00000, genome 0000000, fitness -0000.0000, 000 of 000") + 16,
                previous.getPreferredSize().height);
        championLabel.setPreferredSize(labelSize);
        championLabel.setMinimumSize(labelSize);
        championLabel.setMaximumSize(labelSize);
        championLabel.setHorizontalAlignment(JLabel.CENTER);
        toolbar.add(previous);
        toolbar.add(championLabel);
        toolbar.add(next);
        toolbar.addSeparator();
        toolbar.add(toolAction("\u2212", "Zoom out (\u2212)", () -> camera.zoom(1 / CameraControl.STEP)));
        toolbar.add(toolAction("+", "Zoom in (+)", () -> camera.zoom(CameraControl.STEP)));
        toolbar.add(toolAction("Fit", "Show the whole network (F)", camera::fit));
        toolbar.addSeparator();
        labels.setFocusable(false);
        labels.addActionListener(e -> redraw());
        weights.setFocusable(false);
        weights.addActionListener(e -> redraw());
        disabled.setFocusable(false);
        disabled.addActionListener(e -> redraw());
        toolbar.add(labels);
        toolbar.add(weights);
        toolbar.add(disabled);

        view.setFocusable(true);
        status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        JPanel south = new JPanel(new BorderLayout());
        if (replaySource.isPresent() || growthSource.isPresent()) {
            replayArea.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, java.awt.Color.LIGHT_GRAY));
            south.add(replayArea, BorderLayout.NORTH);
        }
        south.add(status, BorderLayout.SOUTH);

        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(toolbar, BorderLayout.NORTH);
        frame.getContentPane().add(view, BorderLayout.CENTER);
        frame.getContentPane().add(info, BorderLayout.EAST);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
    }

    private static JButton toolButton(String text, String tip) {
        JButton button = new JButton(text);
        button.setToolTipText(tip);
        button.setFocusable(false);
        return button;
    }

    private static JButton toolAction(String text, String tip, Runnable action) {
        JButton button = toolButton(text, tip);
        button.addActionListener(e -> action.run());
        return button;
    }

    private void bindKeys() {
        new KeyBindings(frame.getRootPane())
                .bind("zoomIn", () -> camera.zoom(CameraControl.STEP), key(KeyEvent.VK_PLUS), key(KeyEvent.VK_EQUALS),
                        key(KeyEvent.VK_ADD), typed('+'))
                .bind("zoomOut", () -> camera.zoom(1 / CameraControl.STEP), key(KeyEvent.VK_MINUS),
                        key(KeyEvent.VK_SUBTRACT))
                .bind("fit", camera::fit, key(KeyEvent.VK_F), key(KeyEvent.VK_0), key(KeyEvent.VK_NUMPAD0))
                .bind("panLeft", () -> camera.panStep(-1, 0), key(KeyEvent.VK_LEFT))
                .bind("panRight", () -> camera.panStep(1, 0), key(KeyEvent.VK_RIGHT))
                .bind("panUp", () -> camera.panStep(0, -1), key(KeyEvent.VK_UP))
                .bind("panDown", () -> camera.panStep(0, 1), key(KeyEvent.VK_DOWN))
                .bind("previous", () -> step(-1), key(KeyEvent.VK_PAGE_UP))
                .bind("next", () -> step(1), key(KeyEvent.VK_PAGE_DOWN))
                .bind("first", () -> step(Integer.MIN_VALUE), key(KeyEvent.VK_HOME))
                .bind("last", () -> step(Integer.MAX_VALUE), key(KeyEvent.VK_END))
                .bind("labels", () -> toggle(labels), key(KeyEvent.VK_L))
                .bind("weights", () -> toggle(weights), key(KeyEvent.VK_W))
                .bind("disabled", () -> toggle(disabled), key(KeyEvent.VK_D))
                .bind("play", () -> {
                    replay.ifPresent(ReplayControls::togglePlay);
                    growth.ifPresent(GrowthControls::togglePlay);
                }, key(KeyEvent.VK_SPACE))
                .bind("close", frame::dispose, key(KeyEvent.VK_ESCAPE));
    }

    private void toggle(JCheckBox box) {
        box.setSelected(!box.isSelected());
        redraw();
    }

    // ---- what is shown

    /** Moves through the champions; {@code Integer.MIN_VALUE} / {@code MAX_VALUE} go to the ends. */
    private void step(int delta) {
        int before = champions.index();
        if (!champions.moveBy(delta)) {
            return;
        }
        try {
            showChampion(false);
            status.setText(HINTS);
        } catch (RuntimeException e) {
            // a file that became unreadable, or a replay that failed: stay on the champion still shown
            champions.moveTo(before);
            status.setText("cannot show that champion: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Redraws the genome shown after a drawing option changed, keeping zoom and replay step. */
    private void redraw() {
        draw(shown());
        replay.ifPresent(r -> r.setWeightLabels(weights.isSelected()));
    }

    /** The genome drawn: the champion, or when growing, the champion's network at the growth picture shown. */
    private GenomeFile shown() {
        GenomeFile champion = champions.current();
        return growth.map(g -> grownFrame(champion, g.growth(), g.frame())).orElse(champion);
    }

    /** {@code champion}'s network at growth picture {@code frame}, as a genome file to draw. */
    private static GenomeFile grownFrame(GenomeFile champion, GrowthFrames.Growth growth, int frame) {
        return new GenomeFile(GrowthFrames.frameGenome(growth, frame), champion.id(), champion.generation(),
                champion.fitness(), champion.file());
    }

    /**
     * Draws the current champion, fits it, and records its lifetime when replaying. A replay problem
     * with the {@code first} champion is thrown; later ones are shown in the replay area.
     */
    private void showChampion(boolean first) {
        GenomeFile genome = champions.current();
        Optional<WeightTrace> trace = Optional.empty();
        Optional<String> replayProblem = Optional.empty();
        Optional<GrowthFrames.Growth> grownAgain = Optional.empty();
        try {
            trace = replaySource.flatMap(source -> source.trace(genome));
            grownAgain = growthSource.map(source -> source.grow(genome));
        } catch (BadInputException e) {
            if (first) {
                throw e;
            }
            replayProblem = Optional.of(e.getMessage());
        }
        if (growthSource.isPresent()) {
            replaceGrowth(genome, grownAgain, replayProblem);
        } else {
            draw(genome);
            camera.fit();
            replaceReplay(genome, trace, replayProblem);
        }
        championLabel.setText(champions.label());
        previous.setEnabled(champions.hasPrevious());
        next.setEnabled(champions.hasNext());
        frame.setTitle("Neurula \u2014 " + title(genome));
        info.showGenome(shown(), displayed);
    }

    private void draw(GenomeFile genome) {
        DrawingOptions options = new DrawingOptions(labels.isSelected(), weights.isSelected(), disabled.isSelected());
        Dimension area = graphArea();
        Graph built = GenomeDrawing.graph(genome, options, settings.substrate(), area.width, area.height);
        built.setAttribute("ui.stylesheet", built.getAttribute("ui.stylesheet") + HIGHLIGHT_STYLE);
        GraphContents.replace(displayed, built);
        pinned = pinned.filter(id -> element(id).isPresent());
        pinned.ifPresent(id -> element(id).ifPresent(e -> e.setAttribute("ui.selected")));
        highlighted = pinned;
        info.showDetails(pinned.flatMap(this::element).map(ElementInfo::of));
        view.setToolTipText(null);
    }

    /** The size the graph view has, or will have once the window is shown. */
    private Dimension graphArea() {
        if (view.getWidth() > 0 && view.getHeight() > 0) {
            return new Dimension(view.getWidth(), view.getHeight());
        }
        Dimension frameSize = fittedSize();
        return new Dimension(Math.max(100, frameSize.width - InfoPanel.WIDTH - 20),
                Math.max(100, frameSize.height - 120));
    }

    private void replaceReplay(GenomeFile genome, Optional<WeightTrace> trace, Optional<String> problem) {
        if (replaySource.isEmpty()) {
            return;
        }
        replay.ifPresent(ReplayControls::dispose);
        replayArea.removeAll();
        replay = trace.filter(t -> t.steps() > 0)
                .map(t -> new ReplayControls(t, displayed, weights.isSelected()));
        replayArea.add(replay.<JComponent>map(r -> r)
                .orElseGet(() -> new JLabel(problem.map(p -> "  Cannot replay this genome: " + p)
                        .orElse("  No lifetime to replay for genome "
                                + (genome.id() >= 0 ? genome.id() : genome.file().getFileName()) + "."))),
                BorderLayout.CENTER);
        replayArea.revalidate();
        replayArea.repaint();
    }

    /**
     * Puts growth controls for {@code growthOf} in the replay area (or says why there are none) and
     * draws the picture they show: the grown network at first.
     */
    private void replaceGrowth(GenomeFile genome, Optional<GrowthFrames.Growth> growthOf, Optional<String> problem) {
        growth.ifPresent(GrowthControls::dispose);
        growth = Optional.empty();
        replayArea.removeAll();
        if (growthOf.isPresent()) {
            // the controls show their first picture (the grown network) as they are made
            growth = Optional.of(new GrowthControls(growthOf.get(),
                    frame -> showDrawn(grownFrame(genome, growthOf.get(), frame))));
            replayArea.add(growth.get(), BorderLayout.CENTER);
        } else {
            replayArea.add(new JLabel("  Cannot grow this genome again: " + problem.orElse("no growth")),
                    BorderLayout.CENTER);
            showDrawn(genome);
        }
        replayArea.revalidate();
        replayArea.repaint();
    }

    private void showDrawn(GenomeFile drawn) {
        draw(drawn);
        camera.fit();
        info.showGenome(drawn, displayed);
    }

    private void hover(Optional<Element> element) {
        Optional<String> id = element.map(Element::getId).or(() -> pinned);
        if (!id.equals(highlighted)) {
            highlighted.flatMap(this::element).ifPresent(e -> e.removeAttribute("ui.selected"));
            id.flatMap(this::element).ifPresent(e -> e.setAttribute("ui.selected"));
            highlighted = id;
        }
        info.showDetails(id.flatMap(this::element).map(ElementInfo::of));
        view.setToolTipText(element.map(e -> ElementInfo.of(e).summary()).orElse(null));
    }

    private void pin(Optional<Element> element) {
        pinned = element.map(Element::getId);
        hover(element);
    }

    /** The node or edge with {@code id} in the displayed graph. */
    private Optional<Element> element(String id) {
        Element node = displayed.getNode(id);
        return Optional.ofNullable(node != null ? node : displayed.getEdge(id));
    }

    /** The run's directory name for a run's champion, else the genome file's name. */
    private static String title(GenomeFile genome) {
        Path file = genome.file().toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("champions")) {
            parent = parent.getParent();
        } else if (!file.getFileName().toString().equals("champion.json")) {
            parent = null;
        }
        return parent != null && parent.getFileName() != null ? "run " + parent.getFileName()
                : file.getFileName().toString();
    }

    /** Keys are bound on the frame; GraphStream's own shortcuts (which also zoom on Page Up/Down) stay off. */
    private static final class NoShortcuts implements ShortcutManager {

        @Override
        public void init(GraphicGraph graph, org.graphstream.ui.view.View view) {
            // nothing to listen to
        }

        @Override
        public void release() {
            // nothing to release
        }
    }
}
