package org.neurula.runs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Encog harness runs the protocol it states and reports what it measured. */
class EncogXorTest {

    @Test
    void reportsTheRunItMade() throws Exception {
        JsonNode line = new ObjectMapper().readTree(EncogXor.run(60, 5));
        assertEquals(60, line.get("population").asInt());
        assertEquals(5, line.get("generations").asInt());
        assertTrue(line.get("species").asInt() >= 1);
        assertTrue(line.get("meanLinks").asDouble() >= 2, "fully connected 2-1 genomes have at least 2 links");
        assertTrue(line.get("error").asDouble() >= 0);
    }
}
