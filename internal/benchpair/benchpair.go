// Package benchpair measures two pieces of work in turn within one benchmark: a base (the YAML
// library alone, a hello-world process, a batch that writes no files) and the work compared
// with it. On a loaded machine absolute times move by half from one run to the next, but the
// ratio of two measures taken in turn holds; it is what the performance targets are stated in.
// Only tests and benchmarks use it.
package benchpair

import (
	"slices"
	"syscall"
	"testing"
	"time"
)

// Clock says whose processor time to count.
type Clock int

const (
	Self     Clock = syscall.RUSAGE_SELF     // this process (work done in it)
	Children Clock = syscall.RUSAGE_CHILDREN // the processes it waited for (work done by commands)
)

// Run runs base and work in turn for each iteration of b and reports, besides the benchmark's
// own time for both: the medians of their wall times in milliseconds (base-ms, ms), the ratio
// of those medians (x-base), and the ratio of the processor time (user and system) each used
// in all (cpu-x-base), which does not count time spent waiting for a core. name is the base's
// name in the metrics.
func Run(b *testing.B, name string, clock Clock, base, work func()) (wall, cpu float64) {
	var baseWall, workWall []time.Duration
	var baseCPU, workCPU time.Duration
	measure := func(f func(), walls *[]time.Duration, cpu *time.Duration) {
		c0 := cpuTime(b, clock)
		t0 := time.Now()
		f()
		*walls = append(*walls, time.Since(t0))
		*cpu += cpuTime(b, clock) - c0
	}
	for b.Loop() {
		measure(base, &baseWall, &baseCPU)
		measure(work, &workWall, &workCPU)
	}
	bm, wm := median(baseWall), median(workWall)
	wall = float64(wm) / float64(bm)
	cpu = float64(workCPU) / float64(max(baseCPU, 1))
	b.ReportMetric(ms(bm), name+"-ms")
	b.ReportMetric(ms(wm), "ms")
	b.ReportMetric(wall, "x-"+name)
	b.ReportMetric(cpu, "cpu-x-"+name)
	return wall, cpu
}

// cpuTime returns the user and system time used so far by the clock's processes.
func cpuTime(b *testing.B, clock Clock) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(int(clock), &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// median returns the median of the durations.
func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// ms returns d in milliseconds.
func ms(d time.Duration) float64 { return d.Seconds() * 1e3 }
