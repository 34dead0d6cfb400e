package entente.gui;

import entente.model.EntenteModel;
import java.awt.Color;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;
import sim.display.Controller;
import sim.display.Display2D;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/** The map window: the region, the states and their alignments, redrawn every simulated day. */
final class MapView {
    static final int WIDTH = 1040;

    private final MapProjection projection;
    private final Display2D display;
    private final JFrame frame;
    private final ContinuousPortrayal2D states = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D alignments = new NetworkPortrayal2D();

    MapView(EntenteGui gui, Controller controller) {
        RegionOutline outline = RegionOutline.load();
        projection = outline.projection();
        display = new Display2D(WIDTH, WIDTH * projection.height() / projection.width(), gui);
        display.setBackdrop(Color.WHITE);
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.attach(new OutlinePortrayal(outline), "Map");
        display.attach(alignments, "Alignments");
        display.attach(states, "States");
        display.attach(new MapOverlay(gui::model), "Date, legend and events");
        states.setPortrayalForAll(new StatePortrayal(WIDTH / projection.width()));
        alignments.setPortrayalForAll(new AlignmentEdgePortrayal());
        // MASON opens an inspector on a double click; a teacher expects one click to do it.
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 1) {
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
                }
            }
        });
        frame = display.createFrame();
        frame.setTitle("Entente — map of the region");
        controller.registerFrame(frame);
        frame.setVisible(true);
    }

    /** Places the states of a newly started model and lets the display follow it. */
    void reset(EntenteModel m) {
        Continuous2D field = new Continuous2D(4, projection.width(), projection.height());
        Network network = new Network(false);
        List<MapLayout.Placement> places = MapLayout.place(m.scenario(), projection);
        StateNode[] nodes = new StateNode[places.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new StateNode(m, i, places.get(i));
            field.setObjectLocation(nodes[i], new Double2D(places.get(i).x(), places.get(i).y()));
            network.addNode(nodes[i]);
        }
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < nodes.length; j++) {
                network.addEdge(nodes[i], nodes[j], null);
            }
        }
        states.setField(field);
        alignments.setField(new SpatialNetwork2D(field, network));
        display.reset();
        display.repaint();
    }

    Display2D display() {
        return display;
    }

    JFrame frame() {
        return frame;
    }

    void quit() {
        frame.dispose();
    }
}
