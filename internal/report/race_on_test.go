//go:build race

package report

// raceEnabled is set when the tests run with the race detector, which changes how much memory
// every allocation takes: allocation bounds are not checked then.
const raceEnabled = true
