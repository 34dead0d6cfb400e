package entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.experiment.MeanEstimate;
import entente.experiment.SeriesStats;
import entente.io.RunFolder;
import entente.model.EntenteModel;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.output.EventsCsv;
import entente.output.PathCharts;
import entente.output.RunOutput;
import entente.report.Page;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import entente.util.Numbers;
import entente.util.ParallelMap;
import entente.util.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The debrief of an ended game, written into the game's folder: the game as a scenario that
 * replays exactly (scenario.yaml, checked by replaying it), the class's path (class/) against
 * the agents alone on the same scenario and seed (agents/) and against history, and which team
 * decisions changed the outcome most: for each, runs with the agent's choice in its place,
 * over replications with common random numbers. All of it in one self-contained debrief.html.
 */
final class Debrief {
    static final String REPORT = "debrief.html";
    static final String SCENARIO = "scenario.yaml";
    /** Replications of each counterfactual (and of the class's path they are set against). */
    static final int REPLICATIONS = 20;
    /** The outcomes a decision is judged by; the first ranks the decisions. */
    private static final List<String[]> OUTCOMES = List.of(
            new String[] {Metric.ESCALATION_INDEX.key(), "final", "escalation index at the end"},
            new String[] {Metric.ESCALATION_INDEX.key(), "peak", "peak escalation index"},
            new String[] {Metric.COHESION_TRILATERAL.key(), "final", "trilateral cohesion at the end"},
            new String[] {Metric.COHESION_COUNTER.key(), "final", "counter-bloc alignment at the end"});

    /** What the debrief reads from the game, taken under its lock. */
    private record Played(Scenario original, Scenario cls, long seed, int turnDays, List<String> teams,
                          List<TurnResult> turns, RunRecord live) {}

    /** One team decision and its counterfactual effects. */
    private record Effect(TurnResult turn, Decision decision, MeanEstimate[] outcomes, Map<String, Integer> agentChoices) {}

    private Debrief() {}

    static Path write(Game g, Path dir) throws IOException, InputException {
        Played p;
        synchronized (g) {
            p = new Played(g.original, g.classScenario(), g.seed, g.turnDays, g.teams().stream().map(t -> t.actor).toList(),
                    g.turns(), g.model().record());
        }
        Path report = dir.resolve(REPORT);
        if (p.cls() == null) {
            RunFolder.writeFile(report, new Page().title("Debrief: " + p.original().title(), "No turn was played.")
                    .html("Debrief — Entente classroom game"));
            return report;
        }
        Path scenarioFile = dir.resolve(SCENARIO);
        ScenarioWriter.write(p.cls(), scenarioFile, List.of(
                "A classroom game of Entente, saved to be replayed exactly: " + p.turns().size() + " turn(s) of "
                        + p.turnDays() + " days; teams played " + String.join(", ", p.teams())
                        + " (their moves: events of origin team), the agents the other states.",
                "Made from " + p.original().file() + " with the seed of the game.",
                "Replay: ./entente run " + scenarioFile + "   or open it in ./entente gui"));
        Scenario saved = ScenarioReader.read(scenarioFile);
        RunOutput.write(p.live(), saved, p.seed(), dir.resolve("class"), true);
        RunRecord replay = EntenteModel.run(saved, p.seed());
        boolean identical = sameEvents(p.live(), replay, dir);
        Scenario agentsOnly = p.original().withEnd(saved.end());
        RunRecord agents = EntenteModel.run(agentsOnly, p.seed());
        RunOutput.write(agents, agentsOnly, p.seed(), dir.resolve("agents"), true);
        List<Effect> effects = counterfactuals(p, saved);
        List<Integer> turnDays = p.turns().stream().map(TurnResult::firstDay).toList();
        PathCharts.write(List.of(new PathCharts.Path("the class", p.live()), new PathCharts.Path("the agents alone", agents)),
                turnDays, "The class against the agents alone", "same scenario, same seed " + p.seed()
                        + "; thin lines mark the turns", dir, "paths");
        String html = page(p, saved, agents, effects, identical, dir);
        RunFolder.writeFile(report, html);
        return report;
    }

    /** Does the saved scenario, run headless, give the live game's events.csv byte for byte? */
    private static boolean sameEvents(RunRecord live, RunRecord replay, Path dir) throws IOException {
        Path a = Files.createTempFile(dir, ".live-", ".csv");
        Path b = Files.createTempFile(dir, ".replay-", ".csv");
        try {
            EventsCsv.write(live, a);
            EventsCsv.write(replay, b);
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        }
    }

    // ---- counterfactuals ---------------------------------------------------------------

    private static long seed(long seed, int r) {
        return r == 0 ? seed : Seeds.forRun(seed, r); // the first replication is the game itself
    }

    /**
     * For every decision a team made itself: the game with the agent's choice in its place
     * (drawn as a stand-in would be, then every later day as before), against the game as
     * played, both over the same replications (common random numbers).
     */
    private static List<Effect> counterfactuals(Played p, Scenario cls) {
        List<RunRecord> base = ParallelMap.map(REPLICATIONS, ParallelMap.defaultThreads(),
                r -> EntenteModel.run(cls, seed(p.seed(), r)));
        List<Object[]> jobs = new ArrayList<>();
        for (TurnResult t : p.turns()) {
            for (Decision d : t.decisions()) {
                if (!d.standIn()) {
                    jobs.add(new Object[] {t, d});
                }
            }
        }
        List<Object[]> runs = ParallelMap.map(jobs.size() * REPLICATIONS, ParallelMap.defaultThreads(), k -> {
            Object[] job = jobs.get(k / REPLICATIONS);
            return instead(p, cls, (TurnResult) job[0], (Decision) job[1], seed(p.seed(), k % REPLICATIONS));
        });
        List<Effect> out = new ArrayList<>();
        for (int j = 0; j < jobs.size(); j++) {
            MeanEstimate[] m = new MeanEstimate[OUTCOMES.size()];
            Arrays.setAll(m, k -> new MeanEstimate());
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (int r = 0; r < REPLICATIONS; r++) {
                Object[] run = runs.get(j * REPLICATIONS + r);
                for (int k = 0; k < OUTCOMES.size(); k++) {
                    m[k].add(outcome(base.get(r), k), outcome((RunRecord) run[0], k));
                }
                choices.merge((String) run[1], 1, Integer::sum);
            }
            out.add(new Effect((TurnResult) jobs.get(j)[0], (Decision) jobs.get(j)[1], m, choices));
        }
        out.sort(Comparator.comparingDouble((Effect e) -> -Math.abs(e.outcomes()[0].difference())));
        return out;
    }

    /** One run of the game with the agent's choice in place of decision d; returns the run and that choice. */
    private static Object[] instead(Played p, Scenario cls, TurnResult t, Decision d, long seed) {
        String played = "t" + t.number() + "-" + d.actor().toLowerCase(java.util.Locale.ROOT) + "-" + d.option();
        List<Scenario.Event> timeline = cls.events().stream().filter(e -> !e.id().equals(played)).toList();
        Scenario without = cls.asSession(cls.name(), cls.seed(), timeline);
        EntenteModel m = new EntenteModel(without, seed);
        m.start();
        while (m.today() < t.firstDay()) {
            m.stepDay();
        }
        Decision agent = TeamMove.standIn(m, p.original(), seed, t.number(), d.actor(), p.teams().indexOf(d.actor()), p.turnDays());
        TeamMove.fire(m, p.original(), t.number(), agent);
        while (m.stepDay()) {
            // to the end of the game
        }
        return new Object[] {m.record(), agent.option()};
    }

    private static double outcome(RunRecord r, int k) {
        String[] o = OUTCOMES.get(k);
        return SeriesStats.of(r.series(o[0], "", "")).get(o[1]);
    }

    // ---- the page -----------------------------------------------------------------------

    private static String page(Played p, Scenario saved, RunRecord agents, List<Effect> effects, boolean identical, Path dir)
            throws IOException, InputException {
        Words words = new Words(p.original());
        Page page = new Page().title("Debrief: " + p.original().title(), "Entente classroom game · " + saved.start() + " to "
                + saved.end() + " · " + p.turns().size() + " turns of " + p.turnDays() + " days · teams played "
                + words.names(p.teams()) + " · seed " + p.seed());
        List<String> lines = new ArrayList<>();
        for (String[] o : OUTCOMES) {
            double c = SeriesStats.of(p.live().series(o[0], "", "")).get(o[1]);
            double a = SeriesStats.of(agents.series(o[0], "", "")).get(o[1]);
            lines.add(capitalise(o[2]) + ": " + Numbers.format(round(c)) + " with the class, " + Numbers.format(round(a))
                    + " with the agents alone.");
        }
        long own = p.turns().stream().flatMap(t -> t.decisions().stream()).filter(d -> !d.standIn()).count();
        long stand = p.turns().stream().flatMap(t -> t.decisions().stream()).filter(Decision::standIn).count();
        lines.add("The teams made " + own + " decisions themselves; the agents stood in " + stand + " times for teams that missed the deadline.");
        if (!effects.isEmpty()) {
            Effect top = effects.get(0);
            lines.add("The decision that mattered most: turn " + top.turn().number() + ", " + words.name(top.decision().actor())
                    + " (" + move(words, p.original(), top.decision()) + "); with the agent's choice instead, the escalation index "
                    + "at the end would have been " + signed(top.outcomes()[0].difference()) + " on average.");
        }
        page.answer("What happened", lines);

        page.section("The class against the agents alone");
        page.figure(dir.resolve("paths.svg"), "The class's game (blue, solid) and the agents playing every state (black, dashed), "
                + "same scenario and seed; the thin vertical lines mark the turns.");
        page.table("Same scenario, same seed: single runs (results in class/ and agents/)", List.of("", "the class", "the agents alone"),
                headline(p.live(), agents));

        page.section("Against history");
        history(page, p, agents, words);

        page.section("Which team decisions changed the outcome most");
        page.paragraph("For each decision a team made, the game was run again with the agent's choice in its place (drawn as a "
                + "stand-in would have been), every other move as played, over " + REPLICATIONS + " replications; the first "
                + "replication is the game itself, the others give the agents other draws. Each difference is the mean of the "
                + "replications, with its 95% confidence interval; decisions are ranked by the effect on the escalation index at the end.");
        List<List<String>> rows = new ArrayList<>();
        for (Effect e : effects) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(e.turn().number()), e.decision().actor(),
                    move(words, p.original(), e.decision()), agentChoices(words, p.original(), e)));
            for (MeanEstimate m : e.outcomes()) {
                row.add(signed(m.difference()) + " (" + signed(m.low()) + " to " + signed(m.high()) + ")");
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("turn", "team", "what the team did", "what the agent chose instead (of "
                + REPLICATIONS + ")"));
        OUTCOMES.forEach(o -> header.add("change in " + o[2] + " had the agent decided"));
        page.table(effects.size() + " team decisions", header, rows);

        page.section("Every move, and why");
        List<List<String>> moves = new ArrayList<>();
        for (TurnResult t : p.turns()) {
            for (Decision d : t.decisions()) {
                moves.add(List.of(Integer.toString(t.number()), p.live().date(t.firstDay()).toString(), d.actor(),
                        move(words, p.original(), d), d.standIn() ? "agent stand-in" : "team", d.text(), d.why()));
            }
        }
        page.foldedTable("All " + moves.size() + " moves of the teams' states", List.of("turn", "date", "state", "move",
                "chosen by", "the team's words", "why (as in events.csv)"), moves);

        page.section("Replay it");
        page.command("The game is saved as a scenario: the teams' moves are events of origin team in its timeline, and the "
                + "teams' states have no options of their own. It replays exactly"
                + (identical ? " (checked: a headless replay gives the game's events.csv byte for byte)" : " — WARNING: the replay "
                + "check found a difference; please report it") + " with", "./entente run " + dir.resolve(SCENARIO));
        page.command("or step through it in the teaching window with", "./entente gui " + dir.resolve(SCENARIO));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("class").resolve("summary.json").toFile());
        page.manifest(summary.path("manifest"), "entente run " + dir.resolve(SCENARIO));
        return page.html("Debrief — " + p.original().title());
    }

    private static List<List<String>> headline(RunRecord cls, RunRecord agents) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] o : OUTCOMES) {
            rows.add(List.of(o[2], Numbers.format(round(SeriesStats.of(cls.series(o[0], "", "")).get(o[1]))),
                    Numbers.format(round(SeriesStats.of(agents.series(o[0], "", "")).get(o[1])))));
        }
        rows.add(List.of("events chosen by the states (teams and agents)", Long.toString(chosen(cls)), Long.toString(chosen(agents))));
        return rows;
    }

    private static long chosen(RunRecord r) {
        return r.events().stream().filter(e -> e.origin().isChoice()).count();
    }

    private static void history(Page page, Played p, RunRecord agents, Words words) throws InputException {
        History h = History.locate();
        if (h == null) {
            page.note("The history tables (data/dprk-launches.csv, data/allied-exercises.csv) were not found from the folder "
                    + "the server was started in; run it from the Entente folder to compare with history.");
            return;
        }
        var start = p.live().start();
        var end = p.live().date(p.live().days() - 1);
        page.table("Counts over the days played, " + start + " to " + end + ". The model fires at most one launch or drill "
                        + "a state a week; history counts days with at least one launch and exercises begun.",
                List.of("", "the class", "the agents alone", "history", "history's source"),
                List.of(List.of("North Korean missile launches", Long.toString(History.launches(p.live())),
                                Long.toString(History.launches(agents)), Long.toString(h.launchDays(start, end)),
                                "data/dprk-launches.csv (main series: ballistic, satellite and cruise)"),
                        List.of("allied military exercises", Long.toString(History.allied(p.live())),
                                Long.toString(History.allied(agents)), Long.toString(h.alliedDrills(start, end)),
                                "data/allied-exercises.csv (held or scaled down)")));
        page.note("The class's teams " + words.names(p.teams()) + " chose their own moves; history is one draw of a real world, "
                + "and the scenario is a stylized teaching model: read the counts for direction, not as a score.");
    }

    private static String agentChoices(Words words, Scenario s, Effect e) {
        List<String> parts = new ArrayList<>();
        e.agentChoices().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(c ->
                parts.add(c.getValue() + "× " + move(words, s, new Decision(e.decision().actor(), c.getKey(), List.of(), "",
                        true, ""))));
        return String.join("; ", parts);
    }

    private static String move(Words words, Scenario s, Decision d) {
        return switch (d.option()) {
            case Choice.NOTHING -> "nothing";
            case Choice.STATEMENT -> "statement" + (d.targets().isEmpty() ? "" : " naming " + String.join(", ", d.targets()));
            default -> {
                Scenario.Action a = Menu.action(s, d.actor(), d.option());
                yield words.option(a.type(), a.subtype(), a.overflight(), a.partners(), a.targets());
            }
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String signed(double v) {
        double r = round(v);
        return (r > 0 ? "+" : r < 0 ? "−" : "±") + Numbers.format(Math.abs(r));
    }
}
