package org.neurula.runs.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void evenSample() {
        // sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32/7
        double[] values = {9, 2, 4, 5, 4, 7, 4, 5};
        Statistics s = Statistics.of(values);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(4.5, s.median(), 1e-12, "mean of the middle values 4 and 5");
        assertEquals(Math.sqrt(32.0 / 7.0), s.std(), 1e-12);
        assertEquals(2.0, s.min());
        assertEquals(9.0, s.max());
        assertArrayEquals(new double[] {9, 2, 4, 5, 4, 7, 4, 5}, values, "the input is not reordered");
    }

    @Test
    void oddSample() {
        // mean 2; squared deviations 1 + 0 + 1 = 2; sample variance 2/2 = 1
        Statistics s = Statistics.of(new double[] {3, 1, 2});
        assertEquals(new Statistics(3, 2.0, 2.0, 1.0, 1.0, 3.0), s);
    }

    @Test
    void oddSampleMedianIsTheMiddleValueNotTheMean() {
        Statistics s = Statistics.of(new double[] {1000, 1, 2, 3, 4});
        assertEquals(3.0, s.median());
        assertEquals(202.0, s.mean(), 1e-12);
    }

    @Test
    void evenSampleOfTwo() {
        Statistics s = Statistics.of(new double[] {10, -4});
        assertEquals(3.0, s.mean());
        assertEquals(3.0, s.median());
        assertEquals(Math.sqrt(98), s.std(), 1e-12);
        assertEquals(-4.0, s.min());
        assertEquals(10.0, s.max());
    }

    @Test
    void singleValueHasZeroStd() {
        assertEquals(new Statistics(1, 7.5, 7.5, 0.0, 7.5, 7.5), Statistics.of(new double[] {7.5}));
    }

    @Test
    void toJsonHasTheSampleSizeAndFiveStatistics() {
        ObjectNode json = Statistics.of(new double[] {3, 1, 2}).toJson();
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("n", "mean", "median", "std", "min", "max"), keys);
        assertEquals(3, json.get("n").asInt());
        assertEquals(2.0, json.get("mean").asDouble());
        assertEquals(2.0, json.get("median").asDouble());
        assertEquals(1.0, json.get("std").asDouble());
        assertEquals(1.0, json.get("min").asDouble());
        assertEquals(3.0, json.get("max").asDouble());
    }

    @Test
    void emptySampleGivesNulls() {
        Statistics s = Statistics.of(new double[0]);
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()));
        ObjectNode json = s.toJson();
        assertEquals(6, json.size());
        assertEquals(0, json.get("n").asInt());
        for (String key : List.of("mean", "median", "std", "min", "max")) {
            JsonNode value = json.get(key);
            assertTrue(value != null && value.isNull(), key + " = " + value);
        }
        assertEquals("{\"n\":0,\"mean\":null,\"median\":null,\"std\":null,\"min\":null,\"max\":null}", json.toString());
    }
}
