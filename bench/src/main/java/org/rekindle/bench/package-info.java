/**
 * Benchmarks (JMH) and the tools the load and start-up scripts use: each class says in its Javadoc
 * what it measures, on what input, and how to run it. Never run as tests; figures go to
 * docs/performance.md as ratios against a baseline measured in the same run.
 */
package org.rekindle.bench;
