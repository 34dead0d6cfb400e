package entente.gui;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The steps of a lesson guide: the numbered list under "## In the GUI", each item's prose and
 * the commands of its check comment, which say what to do with the window's controls and what
 * the class must then see:
 *
 * <pre>
 * 1. Press **Play**. ... the index peaks at 6.67 on 22 September 2022 ...
 *    &lt;!-- check
 *    play
 *    see escalation_index highest 6.67 on 2022-09-22
 *    --&gt;
 * </pre>
 */
record GuideSteps(List<Step> steps) {
    static final String HEADING = "In the GUI";
    static final String OPEN = "<!-- check";

    record Step(int number, String prose, List<String> commands) {}

    static GuideSteps parse(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        OrderedList list = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2 && h.getFirstChild() instanceof Text t
                    && t.getLiteral().equals(HEADING)) {
                for (Node next = h.getNext(); next != null && !(next instanceof Heading); next = next.getNext()) {
                    if (next instanceof OrderedList o && list == null) {
                        list = o;
                    }
                }
            }
        }
        if (list == null) {
            throw new AssertionError("the guide has no numbered list under '## " + HEADING + "'");
        }
        List<Step> steps = new ArrayList<>();
        int number = 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            List<String> commands = new ArrayList<>();
            for (Node part = item.getFirstChild(); part != null; ) {
                Node next = part.getNext();
                if (part instanceof HtmlBlock b && b.getLiteral().strip().startsWith(OPEN)) {
                    String body = b.getLiteral().strip();
                    body.substring(OPEN.length(), body.length() - "-->".length()).lines().map(String::strip)
                            .filter(l -> !l.isEmpty()).forEach(commands::add);
                    part.unlink();
                }
                part = next;
            }
            StringBuilder text = new StringBuilder();
            item.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code c) {
                    text.append(c.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak b) {
                    text.append(' ');
                }
            });
            String prose = text.toString().replaceAll("\\s+", " ");
            steps.add(new Step(number, prose, commands));
            if (!(item instanceof ListItem)) {
                throw new AssertionError("step " + number + " is not a list item");
            }
        }
        return new GuideSteps(steps);
    }
}
