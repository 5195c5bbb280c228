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
    void aMissingRunDirectoryIsBadInput(@TempDir Path dir) {
        CliRun report = CliRun.of("report", dir.resolve("nothing").toString());
        assertEquals(2, report.exitCode());
        assertTrue(report.err().contains("no such directory"), report.err());
        assertFalse(report.err().contains("\tat "));
    }
}
