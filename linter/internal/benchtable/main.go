// Command benchtable measures srmlint on generated plans of increasing size
// and prints a Markdown table of wall time and peak RSS of the srmlint
// process (`make bench`). With -peers it runs other plan scanners found on
// PATH on the same plans (`make bench-peers`).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter/internal/plangen"
)

func main() {
	srmlint := flag.String("srmlint", "bin/srmlint", "the srmlint binary to measure")
	sizes := flag.String("n", "1000,5000,10000,50000", "plan sizes (resource instances)")
	runs := flag.Int("runs", 3, "runs per size (the fastest is reported)")
	peers := flag.Bool("peers", false, "measure other plan scanners on PATH instead (trivy, checkov)")
	root := flag.String("root", ".", "repository root (for the template plans)")
	keep := flag.String("keep", "", "write the generated plans to this directory and keep them (for profiling)")
	flag.Parse()
	if err := run(*srmlint, *sizes, *runs, *peers, *root, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

type tool struct {
	name string
	args func(plan string) []string
}

func run(srmlint, sizes string, runs int, peers bool, root, keep string) error {
	paths, err := plangen.Fixtures(root)
	if err != nil {
		return err
	}
	templates, err := plangen.LoadTemplates(paths)
	if err != nil {
		return err
	}
	tools := []tool{{srmlint, func(p string) []string {
		return []string{srmlint, "check", "--no-config", "--format", "json=" + os.DevNull, p}
	}}}
	if peers {
		tools = nil
		if p, err := exec.LookPath("trivy"); err == nil {
			tools = append(tools, tool{"trivy config", func(plan string) []string {
				return []string{p, "config", "--quiet", "--format", "json", "--output", os.DevNull, plan}
			}})
		}
		if p, err := exec.LookPath("checkov"); err == nil {
			tools = append(tools, tool{"checkov", func(plan string) []string {
				return []string{p, "--quiet", "--framework", "terraform_plan", "-o", "json", "-f", plan}
			}})
		}
		if len(tools) == 0 {
			fmt.Println("bench-peers: no other plan scanner (trivy, checkov) on PATH; nothing to compare. Install one and run make bench-peers again.")
			return nil
		}
	}
	dir := keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "srm-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// Generate every plan first, then give the memory back, so that this
	// process's image does not count in the children's peak RSS (a forked
	// child starts as a copy of its parent).
	var ns []int
	files := map[int]string{}
	counts := map[int]int{}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("bad size %q", s)
		}
		path := filepath.Join(dir, fmt.Sprintf("plan-%d.json", n))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		got, err := plangen.Generate(f, templates, n, 1)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		ns, files[n], counts[n] = append(ns, n), path, got
	}
	nTemplates := len(templates)
	templates = nil
	runtime.GC()
	debug.FreeOSMemory()

	fmt.Printf("Machine: %s/%s, %d CPUs, %s; plans built from %d real plans; best wall time of %d runs, peak RSS measured by %s.\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), nTemplates, runs, rssSource())
	fmt.Println("| tool | instances | plan size | wall | peak RSS | RSS / plan size |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	walls := map[string]map[int]time.Duration{}
	for _, n := range ns {
		st, err := os.Stat(files[n])
		if err != nil {
			return err
		}
		for _, t := range tools {
			best, peak := time.Duration(1<<62), int64(0)
			for i := 0; i < runs; i++ {
				wall, rss, err := measure(t.args(files[n]))
				if err != nil {
					return fmt.Errorf("%s on %d instances: %v", t.name, n, err)
				}
				best, peak = min(best, wall), max(peak, rss)
			}
			if walls[t.name] == nil {
				walls[t.name] = map[int]time.Duration{}
			}
			walls[t.name][n] = best
			fmt.Printf("| %s | %d | %.1f MB | %.3f s | %.1f MB | %.2f |\n", filepath.Base(t.name), counts[n], mb(st.Size()), best.Seconds(), mb(peak), float64(peak)/float64(st.Size()))
		}
	}
	for name, w := range walls {
		if w[5000] > 0 && w[50000] > 0 {
			fmt.Printf("\n%s scaling: time(50,000) / time(5,000) = %.1f (linear would be 10).\n", filepath.Base(name), w[50000].Seconds()/w[5000].Seconds())
		}
	}
	return nil
}

// rssSource says how peak RSS is measured.
func rssSource() string {
	if _, err := os.Stat(gnuTime); err == nil {
		return gnuTime
	}
	return "wait4 rusage"
}

// gnuTime is GNU time, which reports the peak RSS of exactly the command.
const gnuTime = "/usr/bin/time"

// measure runs a command and returns its wall time and peak RSS in bytes.
// Exit status 1 (findings) is expected; others are errors.
func measure(argv []string) (time.Duration, int64, error) {
	useTime := rssSource() == gnuTime
	if useTime {
		// GNU time writes "%M" (peak RSS in KiB) as the last line of stderr
		argv = append([]string{gnuTime, "-f", "%M"}, argv...)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %s", err, stderr.String())
	}
	if useTime {
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		kb, err := strconv.ParseInt(strings.TrimSpace(lines[len(lines)-1]), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("reading the peak RSS from %s: %q", gnuTime, stderr.String())
		}
		return wall, kb * 1024, nil
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru == nil {
		return wall, 0, nil
	}
	return wall, ru.Maxrss * 1024, nil // Linux reports KiB
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
