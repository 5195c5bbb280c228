package org.neurula.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurula.runs.CliRun;

/** {@code neurula report} end to end. */
class ReportCommandTest {

    @Test
    void writesTheReportIntoTheRunDirectoryOrWhereAsked(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("xor");
        assertEquals(0, CliRun.of("run", "../examples/xor.yaml", "--generations", "5", "--out", run.toString()).exitCode());
        CliRun report = CliRun.of("report", run.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertTrue(html.contains("data:image/png;base64,"));
        Path elsewhere = dir.resolve("pages/xor.html");
        CliRun second = CliRun.of("report", run.toString(), "--out", elsewhere.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.isRegularFile(elsewhere));
    }

    @Test
    void aPlasticChampionsLifetimeIsShownAndAStaticOneHasNone(@TempDir Path dir) throws IOException {
        Path plastic = dir.resolve("plastic");
        assertEquals(0, CliRun.of("run", "../examples/xor.yaml", "--generations", "3", "--set", "plasticity.enabled=true",
                "--out", plastic.toString()).exitCode());
        assertEquals(0, CliRun.of("report", plastic.toString()).exitCode());
        String html = Files.readString(plastic.resolve("report.html"));
        int lifetime = html.indexOf("<section id=\"lifetime\">");
        assertTrue(lifetime > 0, "a plastic champion gets a lifetime section");
        String section = html.substring(lifetime, html.indexOf("</section>", lifetime));
        assertTrue(section.contains("4 steps"), "XOR's lifetime is its four patterns: " + section.substring(0, 300));
        assertEquals(1 + 4, section.split("data:image/png;base64,").length - 1, "the weight chart and four frames");

        Path fixed = dir.resolve("static");
        assertEquals(0, CliRun.of("run", "../examples/xor.yaml", "--generations", "3", "--out", fixed.toString())
                .exitCode());
        assertEquals(0, CliRun.of("report", fixed.toString()).exitCode());
        assertFalse(Files.readString(fixed.resolve("report.html")).contains("id=\"lifetime\""));
    }

    @Test
    void aMissingRunDirectoryIsBadInput(@TempDir Path dir) {
        CliRun report = CliRun.of("report", dir.resolve("nothing").toString());
        assertEquals(2, report.exitCode());
        assertTrue(report.err().contains("no such directory"), report.err());
        assertFalse(report.err().contains("\tat "));
    }
}
