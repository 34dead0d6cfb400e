package entente.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.model.EntenteModel;
import entente.model.Metric;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.model.World;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * What the pages show, as JSON: a team's view (its state's situation in plain words, its
 * menu, what happened last turn and why) and the teacher's (who has joined and chosen, the
 * clock, the map and the daily series). Read under the game's lock.
 */
final class Views {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How far back "recent events" reach, in days, and how many at most (a page, not an archive). */
    private static final int RECENT_DAYS = 28;
    private static final int RECENT_MAX = 25;

    private Views() {}

    static ObjectNode team(Game g, Team t, String debriefUrl) {
        ObjectNode v = common(g);
        String me = t.actor;
        v.put("actor", me).put("name", g.words.name(me));
        World w = g.model().world();
        int self = w.index(me);
        v.put("escalation", round(w.escalation(self))).put("escalation_words", Words.escalation(w.escalation(self)));
        TurnResult last = g.turns().isEmpty() ? null : g.turns().get(g.turns().size() - 1);
        RunRecord r = g.model().record();
        int now = r.days() - 1;
        int before = last == null ? now : Math.max(0, last.firstDay() - 1);
        ArrayNode states = v.putArray("states");
        for (Scenario.Actor a : g.original.actors()) {
            if (a.id().equals(me)) {
                continue;
            }
            int j = w.index(a.id());
            double threat = w.threat(self, j);
            double align = w.alignment(self, j);
            ObjectNode s = states.addObject().put("actor", a.id()).put("name", a.name())
                    .put("threat", round(threat)).put("threat_words", Words.threat(threat))
                    .put("alignment", round(align)).put("alignment_words", Words.alignment(align))
                    .put("escalation", round(w.escalation(j)));
            if (now >= 0 && last != null) {
                s.put("threat_change", round(threat - value(r, Metric.THREAT.key(), me, a.id(), before)));
                s.put("alignment_change", round(align - (value(r, Metric.AFFINITY.key(), me, a.id(), before)
                        + value(r, Metric.AFFINITY.key(), a.id(), me, before)) / 2));
            }
        }
        ArrayNode menu = v.putArray("menu");
        for (Menu.Item item : Menu.of(g.original, g.words, me)) {
            menu.addObject().put("id", item.id()).put("label", item.label());
        }
        v.set("others", GameFile.strings(g.original.actorIds().stream().filter(a -> !a.equals(me)).toList()));
        Choice c = g.submission(me);
        v.set("choice", c == null ? null : GameFile.choice(c));
        if (last != null) {
            ObjectNode lt = v.putObject("last_turn").put("number", last.number())
                    .put("from", r.date(last.firstDay()).toString())
                    .put("to", r.date(last.firstDay() + last.days() - 1).toString());
            for (Decision d : last.decisions()) {
                if (d.actor().equals(me)) {
                    lt.put("your_move", describe(g, d)).put("stand_in", d.standIn()).put("why", d.why());
                }
            }
            lt.set("events", events(g, last.fromEvent(), last.toEvent()));
        }
        v.set("recent", recent(g));
        v.put("debrief", debriefUrl);
        return v;
    }

    static ObjectNode teacher(Game g, String joinUrl, String debriefStatus, String debriefUrl) {
        ObjectNode v = common(g);
        v.put("join_code", g.joinCode).put("join_url", joinUrl);
        v.put("debrief_status", debriefStatus).put("debrief", debriefUrl);
        ArrayNode teams = v.putArray("teams");
        long now = g.now();
        for (Team t : g.teams()) {
            teams.addObject().put("actor", t.actor).put("name", g.words.name(t.actor)).put("joined", t.joined())
                    .put("online", t.online(now)).put("chosen", g.submission(t.actor) != null);
        }
        World w = g.model().world();
        ArrayNode actors = v.putArray("actors");
        for (Scenario.Actor a : g.original.actors()) {
            int i = w.index(a.id());
            actors.addObject().put("id", a.id()).put("name", a.name()).put("lat", a.lat()).put("lon", a.lon())
                    .put("escalation", round(w.escalation(i))).put("team", g.teams().stream().anyMatch(t -> t.actor.equals(a.id())));
        }
        ArrayNode alignment = v.putArray("alignment");
        for (int i = 0; i < w.size(); i++) {
            ArrayNode row = alignment.addArray();
            for (int j = 0; j < w.size(); j++) {
                row.add(i == j ? 1 : round(w.alignment(i, j)));
            }
        }
        v.set("series", series(g));
        ArrayNode turns = v.putArray("turns");
        for (TurnResult t : g.turns()) {
            ArrayNode moves = turns.addObject().put("number", t.number())
                    .put("date", g.model().record().date(t.firstDay()).toString()).putArray("moves");
            for (Decision d : t.decisions()) {
                moves.addObject().put("actor", d.actor()).put("move", describe(g, d)).put("stand_in", d.standIn());
            }
        }
        v.set("recent", recent(g));
        return v;
    }

    /** What the teacher's inject form offers: the event types, missile classes, states, quick picks. */
    static ObjectNode setup(Game g) {
        ObjectNode v = JSON.createObjectNode();
        v.set("types", GameFile.strings(Arrays.stream(EventType.values()).map(Enum::name).toList()));
        v.set("missile_classes", GameFile.strings(EventType.MISSILE_CLASSES));
        ArrayNode actors = v.putArray("actors");
        g.original.actors().forEach(a -> actors.addObject().put("id", a.id()).put("name", a.name()));
        ArrayNode picks = v.putArray("quick_picks");
        for (Scenario.Action a : g.original.actions()) {
            ObjectNode p = picks.addObject().put("label", g.words.name(a.actor()) + ": "
                    + g.words.option(a.type(), a.subtype(), a.overflight(), a.partners(), a.targets()))
                    .put("type", a.type().name()).put("subtype", a.subtype()).put("overflight", a.overflight());
            List<String> who = new java.util.ArrayList<>(List.of(a.actor()));
            who.addAll(a.partners());
            p.set("actors", GameFile.strings(who));
            p.set("targets", GameFile.strings(a.targets()));
        }
        return v;
    }

    private static ObjectNode common(Game g) {
        EntenteModel m = g.model();
        ObjectNode v = JSON.createObjectNode();
        v.put("version", g.version()).put("title", g.original.title()).put("phase", g.phase().key())
                .put("turn", g.turn()).put("turn_days", g.turnDays)
                .put("date", m.record().date(Math.min(m.today(), g.play.days() - 1)).toString())
                .put("start", g.original.start().toString()).put("end", g.original.end().toString())
                .put("period_over", g.periodOver()).put("remaining_ms", g.remainingMillis())
                .put("paused", g.paused()).put("turn_seconds", g.turnSeconds());
        return v;
    }

    private static String describe(Game g, Decision d) {
        String what = switch (d.option()) {
            case Choice.NOTHING -> "Did nothing";
            case Choice.STATEMENT -> "Public statement" + (d.targets().isEmpty() ? "" : " naming " + g.words.names(d.targets()))
                    + ": \u201c" + d.text() + "\u201d";
            default -> {
                Scenario.Action a = Menu.action(g.original, d.actor(), d.option());
                yield g.words.option(a.type(), a.subtype(), a.overflight(), a.partners(), a.targets());
            }
        };
        return what + (d.standIn() ? " (agent stand-in: no choice by the deadline)" : "");
    }

    private static ArrayNode recent(Game g) {
        List<ModelEvent> all = g.model().record().events();
        int today = g.model().today();
        int from = all.size();
        while (from > 0 && all.get(from - 1).day() >= today - RECENT_DAYS && all.size() - from < RECENT_MAX) {
            from--;
        }
        ArrayNode out = events(g, from, all.size());
        ArrayNode newestFirst = JSON.createArrayNode();
        for (int k = out.size() - 1; k >= 0; k--) {
            newestFirst.add(out.get(k));
        }
        return newestFirst;
    }

    /** Events as students read them: when, who did what to whom, who decided it and why. */
    private static ArrayNode events(Game g, int from, int to) {
        ArrayNode out = JSON.createArrayNode();
        RunRecord r = g.model().record();
        List<ModelEvent> all = r.events();
        for (int k = from; k < to; k++) {
            ModelEvent e = all.get(k);
            List<String> actors = ids(r, e.actors());
            out.addObject().put("date", r.date(e.day()).toString())
                    .put("text", g.words.event(e.type(), e.subtype(), e.overflight(), actors, ids(r, e.targets())))
                    .put("origin", e.origin().key()).put("by", by(g, e, actors.get(0)))
                    .put("why", e.why()).put("note", e.note());
        }
        return out;
    }

    private static String by(Game g, ModelEvent e, String actor) {
        return switch (e.origin()) {
            case SCENARIO -> "in the news";
            case INJECTED -> "injected by the teacher";
            case TEAM -> e.why().startsWith("agent stand-in") ? "agent stand-in for team " + actor : "team " + actor;
            case DECISION -> "the agent playing " + g.words.name(actor);
        };
    }

    private static List<String> ids(RunRecord r, int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> r.actors().get(i)).toList();
    }

    /** The daily series the teacher's charts draw, from the first day to the last one run. */
    private static ObjectNode series(Game g) {
        RunRecord r = g.model().record();
        ObjectNode s = JSON.createObjectNode();
        for (String metric : List.of(Metric.COHESION_TRILATERAL.key(), Metric.COHESION_COUNTER.key(), Metric.ESCALATION_INDEX.key())) {
            if (r.has(metric, "", "")) {
                s.set(metric, numbers(r.series(metric, "", "")));
            }
        }
        ObjectNode esc = s.putObject("escalation");
        for (String a : r.actors()) {
            esc.set(a, numbers(r.series(Metric.ESCALATION.key(), a, "")));
        }
        return s;
    }

    private static ArrayNode numbers(double[] v) {
        ArrayNode a = JSON.createArrayNode();
        for (double x : v) {
            a.add(round(x));
        }
        return a;
    }

    private static double value(RunRecord r, String metric, String a, String b, int day) {
        return r.value(new RunRecord.Key(metric, a, b), day);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
