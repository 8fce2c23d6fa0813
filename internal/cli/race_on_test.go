//go:build race

package cli

// raceEnabled is set when the tests run with the race detector. The detector makes the test
// process hundreds of megabytes large, and Linux reports that size as the peak memory of every
// child it starts, so memory bounds cannot be checked then.
const raceEnabled = true
