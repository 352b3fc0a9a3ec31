package fr.maillage.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A valid bundle of any size for the importer's own tests and measurements (the demo
 * generator makes realistic ones): {@code scale} persons, each with one assessment, two
 * referrals and two involvements, served by one structure per 100 persons.
 */
final class SyntheticBundle {

    private SyntheticBundle() {
    }

    /** Rows of a bundle of this scale. */
    static long rows(int scale) {
        int structures = structures(scale);
        return 3 + structures + structures * 4L + scale + scale + 2L * scale + 2L * scale + structures;
    }

    static Path write(Path folder, int scale) {
        try {
            Files.createDirectories(folder);
            Random random = new Random(scale);
            int structures = structures(scale);
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("territories.csv"))) {
                out.write("id,name,kind,parent_id,population,population_75_plus\n");
                out.write("dep,Département,departement,,500000,50000\n");
                out.write("t1,Territoire 1,territoire,dep,200000,20000\n");
                out.write("t2,Territoire 2,territoire,dep,300000,30000\n");
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("structures.csv"))) {
                out.write("id,name,type,sector,territory_ids,domains,complexity,min_age,capacity,opened\n");
                for (int s = 0; s < structures; s++) {
                    out.write("s" + s + ",Structure " + s + "," + (s % 2 == 0 ? "ssiad,sanitaire" : "ccas,social") + ","
                            + (s % 3 == 0 ? "t1;t2" : "t" + (1 + s % 2)) + ",medical;isolement,complexe,60,"
                            + (10 + s % 50) + ",2010-01-01\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("professionals.csv"))) {
                out.write("id,role,structure_id,since\n");
                for (int p = 0; p < structures * 4; p++) {
                    out.write("pro" + p + ",infirmier,s" + (p % structures) + ",2015-01-01\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("persons.csv"))) {
                out.write("id,territory_id,birth_year,complexity,needs,lives_alone,apa\n");
                for (int p = 0; p < scale; p++) {
                    out.write("x" + p + ",t" + (1 + p % 2) + "," + (1925 + random.nextInt(40)) + ",standard,"
                            + "perte_autonomie;isolement," + (p % 2 == 0) + "," + (p % 3 == 0) + "\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("assessments.csv"))) {
                out.write("id,person_id,date,structure_id,complexity,needs,apa\n");
                for (int p = 0; p < scale; p++) {
                    out.write("a" + p + ",x" + p + "," + day(random) + ",s" + random.nextInt(structures)
                            + ",complexe,medical,true\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("referrals.csv"))) {
                out.write("id,date,person_id,to_structure_id,from_structure_id,from_professional_id,reasons,status,response_date\n");
                for (int r = 0; r < 2 * scale; r++) {
                    LocalDate date = day(random);
                    out.write("r" + r + "," + date + ",x" + (r / 2) + ",s" + random.nextInt(structures) + ",s"
                            + random.nextInt(structures) + ",pro" + random.nextInt(structures * 4)
                            + ",medical;isolement,acceptee," + date.plusDays(random.nextInt(30)) + "\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("involvements.csv"))) {
                out.write("id,person_id,structure_id,kind,start,professional_id,end,end_reason\n");
                for (int i = 0; i < 2 * scale; i++) {
                    LocalDate start = day(random);
                    out.write("i" + i + ",x" + (i / 2) + ",s" + random.nextInt(structures) + ",service," + start
                            + ",pro" + random.nextInt(structures * 4) + ","
                            + (i % 2 == 0 ? start.plusDays(90) + ",stabilisation" : ",") + "\n");
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("partnerships.csv"))) {
                out.write("structure_a,structure_b,kind,since,strength\n");
                for (int s = 0; s < structures; s++) {
                    out.write("s" + s + ",s" + ((s + 1) % structures) + ",convention,2020-01-01," + (1 + s % 5) + "\n");
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int structures(int scale) {
        return Math.max(3, scale / 100);
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
    }

    /** {@code SyntheticBundle <folder> <persons>}: writes a bundle for measurements. */
    public static void main(String[] args) {
        int scale = Integer.parseInt(args[1]);
        write(Path.of(args[0]), scale);
        System.out.println(rows(scale) + " lignes dans " + args[0]);
    }
}
