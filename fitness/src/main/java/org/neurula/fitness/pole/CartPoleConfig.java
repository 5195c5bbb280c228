package org.neurula.fitness.pole;

/**
 * Parameters of Gymnasium's {@code CartPole-v1}.
 *
 * @param episodes episodes per evaluation, each from its own random start; fitness is the mean reward
 * @param steps    the most steps of an episode (Gymnasium's time limit for v1: 500)
 * @param outputs  2: the network has one output per action and the larger one acts, as a discrete
 *                 Gymnasium policy does (ties push left); 1: one output pushes right when above 0.5
 */
public record CartPoleConfig(int episodes, int steps, int outputs) {
}
