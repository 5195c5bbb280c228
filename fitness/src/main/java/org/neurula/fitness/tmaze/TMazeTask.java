package org.neurula.fitness.tmaze;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.neurula.neat.network.Network;
import org.neurula.fitness.ReferenceScore;
import org.neurula.fitness.Task;
import org.neurula.neat.engine.Evaluator;
import org.neurula.neat.engine.Fitness;

/**
 * Lifetime learning in a T-maze (see {@link TMaze}): fitness is the mean summed reward over
 * {@code lifetimes} lifetimes, each with a reward schedule drawn from the evaluation's generator.
 * Four inputs (home, junction, maze end, reward), one output read in [−1, 1] (so the output node wants
 * {@code tanh}). Reports the ideal learner's expected score and the best a non-learning policy can
 * expect beside the fitness.
 *
 * <p>Since a mean of a few random lifetimes is noisy, a run is solved only by the champion test: the
 * champion's mean score over the maze's fixed {@linkplain TMaze#testSchedules() test schedules}
 * (every starting end, every switch early, on time and late) must reach {@code solvedFraction} of the
 * optimum.
 *
 * <p>Geometry: the default {@linkplain org.neurula.neat.geometry.Geometry#lines lines}, the four inputs
 * along y = −1 in the order above and the action output at (0, 1). The inputs are signals about where the
 * agent is, not places on a sensor, and the one output encodes left, straight and right by its value, so
 * there is no layout to mirror.
 *
 * @param maze the maze
 */
public record TMazeTask(TMaze maze) implements Task {

    @Override
    public int inputs() {
        return TMaze.INPUTS;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public boolean deterministic() {
        return false;
    }

    @Override
    public double nullFitness() {
        return maze.config().trips() * maze.config().crashPenalty();
    }

    @Override
    public List<ReferenceScore> referenceScores() {
        return List.of(
                new ReferenceScore("optimum", maze.optimum(),
                        "expected score of an ideal learner that searches for the high reward and never crashes"),
                new ReferenceScore("nonLearning", maze.nonLearningScore(),
                        "best expected score of a policy that ignores the rewards (for example always one arm)"));
    }

    @Override
    public Optional<Predicate<Network>> championTest() {
        List<RewardSchedule> schedules = maze.testSchedules();
        double[] input = new double[TMaze.INPUTS];
        double[] output = new double[1];
        double required = maze.config().solvedFraction() * maze.optimum();
        return Optional.of(network -> {
            double sum = 0;
            for (RewardSchedule schedule : schedules) {
                sum += maze.lifetime(network, schedule, input, output);
            }
            return sum / schedules.size() >= required;
        });
    }

    @Override
    public Evaluator newEvaluator() {
        TMazeConfig config = maze.config();
        double[] input = new double[TMaze.INPUTS];
        double[] output = new double[1];
        double solvedScore = config.solvedFraction() * maze.optimum();
        return (network, context) -> {
            double sum = 0;
            for (int life = 0; life < config.lifetimes(); life++) {
                RewardSchedule schedule = RewardSchedule.draw(config.trips(), config.switches(), config.switchJitter(),
                        maze.ends(), context.random());
                sum += maze.lifetime(network, schedule, input, output);
            }
            double mean = sum / config.lifetimes();
            return new Fitness(mean, mean >= solvedScore);
        };
    }
}
