package fr.maillage.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import fr.maillage.demo.BundleSpec.TerritorySize;

/**
 * The command line {@code java -jar maillage.jar generate <dir> [--seed=N] [--date=YYYY-MM-DD] [--territories=N]
 * [--structures=N] [--persons=N] [--referrals-per-year=N]}: writes a bundle without importing it.
 * Without {@code --territories} it writes the demo; with it, a synthetic country of that many
 * territories of the given size (by default the analyses benchmark's: 300 structures, 20,000
 * persons, 100,000 referrals a year each). With {@code --country [--scale=S]} it writes the
 * synthetic France on real geography ({@link BundleSpec#france}), a share S of its départements
 * (all of them by default). Runs without Spring.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        if (args.length < 1 || args[0].startsWith("--")) {
            System.err.println("Usage : generate <dossier> [--seed=N] [--date=AAAA-MM-JJ] [--territories=N] "
                    + "[--structures=N] [--persons=N] [--referrals-per-year=N] | [--country [--scale=S]]");
            return 2;
        }
        try {
            Map<String, String> options = new TreeMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                int eq = arg.indexOf('=');
                if (arg.equals("--country")) {
                    options.put("country", "true");
                    continue;
                }
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("Option non reconnue : " + arg);
                }
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            BundleSpec spec = spec(options);
            long started = System.nanoTime();
            GeneratedBundle bundle = BundleGenerator.generate(spec, Path.of(args[0]));
            System.out.printf("Lot écrit dans %s en %d ms : %d lignes %s%n", bundle.folder().toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000, bundle.totalRows(), new TreeMap<>(bundle.rows()));
            return 0;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("Écriture impossible : " + e.getMessage());
            return 1;
        }
    }

    static BundleSpec spec(Map<String, String> options) {
        Map<String, String> left = new TreeMap<>(options);
        long seed = Long.parseLong(left.getOrDefault("seed", String.valueOf(BundleSpec.DEMO_SEED)));
        LocalDate date = LocalDate.parse(left.getOrDefault("date", LocalDate.now().toString()));
        String territories = left.get("territories");
        TerritorySize base = TerritorySize.BENCHMARK;
        TerritorySize size = new TerritorySize(
                Integer.parseInt(left.getOrDefault("structures", String.valueOf(base.structures()))),
                Integer.parseInt(left.getOrDefault("persons", String.valueOf(base.persons()))),
                Integer.parseInt(left.getOrDefault("referrals-per-year", String.valueOf(base.referralsPerYear()))));
        boolean france = left.containsKey("country");
        String scale = left.get("scale");
        for (String known : new String[] {"seed", "date", "territories", "structures", "persons", "referrals-per-year",
                "country", "scale"}) {
            left.remove(known);
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("Options inconnues : " + left.keySet());
        }
        if (france) {
            if (territories != null || options.containsKey("structures") || options.containsKey("persons")
                    || options.containsKey("referrals-per-year")) {
                throw new IllegalArgumentException("--country ne va pas avec --territories, --structures, --persons "
                        + "ni --referrals-per-year : la France synthétique tient ses tailles de la population");
            }
            return BundleSpec.france(seed, date, scale == null ? 1 : Double.parseDouble(scale));
        }
        if (scale != null) {
            throw new IllegalArgumentException("--scale va avec --country");
        }
        if (territories == null) {
            if (options.containsKey("structures") || options.containsKey("persons")
                    || options.containsKey("referrals-per-year")) {
                throw new IllegalArgumentException("--structures, --persons et --referrals-per-year vont avec --territories");
            }
            return BundleSpec.demo(seed, date);
        }
        return BundleSpec.country(seed, date, Integer.parseInt(territories), size);
    }
}
