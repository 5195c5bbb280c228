package org.neurula.neat.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link ActivationRegistry}: built-ins by name, registering a user function, rejecting a
 * taken name, the error for an unknown name listing the known ones, and independence of registries.
 */
class ActivationRegistryTest {

    @Test
    void builtInsByName() {
        ActivationRegistry r = ActivationRegistry.withBuiltIns();
        for (Activation a : Activation.values()) {
            assertTrue(r.contains(a.id()));
            assertSame(a, r.get(a.id()));
        }
        assertEquals(Activation.values().length, r.ids().size());
        assertEquals("steepened-sigmoid", r.ids().getFirst());
    }

    @Test
    void registersAUserFunction() {
        ActivationRegistry r = ActivationRegistry.withBuiltIns().register("softsign", x -> x / (1 + Math.abs(x)));
        ActivationFunction f = r.get("softsign");
        assertEquals("softsign", f.id());
        assertEquals(0.5, f.apply(1.0));
        assertEquals(-0.75, f.apply(-3.0));
        assertTrue(r.contains("softsign"));
        assertEquals("softsign", r.ids().getLast(), "user functions come after the built-ins");
        assertThrows(UnsupportedOperationException.class, () -> r.ids().add("x"));
    }

    @Test
    void rejectsTakenNames() {
        ActivationRegistry r = ActivationRegistry.withBuiltIns().register("cube", x -> x * x * x);
        IllegalArgumentException user = assertThrows(IllegalArgumentException.class, () -> r.register("cube", x -> x));
        assertTrue(user.getMessage().contains("cube"), user.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.register("tanh", x -> x));
        assertEquals(8.0, r.get("cube").apply(2.0), "the first registration stays");
        assertSame(Activation.TANH, r.get("tanh"));
    }

    @Test
    void unknownNameListsKnownNames() {
        ActivationRegistry r = ActivationRegistry.withBuiltIns().register("softsign", x -> x / (1 + Math.abs(x)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.get("swish"));
        String message = e.getMessage();
        assertTrue(message.contains("swish"), message);
        for (String id : r.ids()) {
            assertTrue(message.contains(id), "message lacks '" + id + "': " + message);
        }
        assertFalse(r.contains("swish"));
    }

    @Test
    void registriesAreIndependent() {
        ActivationRegistry one = ActivationRegistry.withBuiltIns().register("softsign", x -> x);
        ActivationRegistry two = ActivationRegistry.withBuiltIns();
        assertTrue(one.contains("softsign"));
        assertFalse(two.contains("softsign"));
        assertEquals(List.copyOf(two.ids()), one.ids().subList(0, two.ids().size()));
    }
}
