package org.neurula.visualizer.view;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Keys bound on a window's root pane, so that they work whichever component has the focus (buttons
 * and check boxes of the window are not focusable, so they do not take Space or the arrows).
 */
final class KeyBindings {

    private final JComponent root;

    KeyBindings(JComponent root) {
        this.root = root;
    }

    /** A key pressed without modifiers. */
    static KeyStroke key(int keyCode) {
        return KeyStroke.getKeyStroke(keyCode, 0);
    }

    /** A typed character, whatever modifiers it takes on the keyboard ('+' needs Shift on many). */
    static KeyStroke typed(char c) {
        return KeyStroke.getKeyStroke(c);
    }

    /** Runs {@code action} on any of {@code strokes}. */
    KeyBindings bind(String name, Runnable action, KeyStroke... strokes) {
        for (KeyStroke stroke : strokes) {
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        }
        root.getActionMap().put(name, new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
        return this;
    }
}
