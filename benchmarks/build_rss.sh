#!/bin/bash
# Peak and sampled RSS of one `conflictkg build` (run from the worktree root):
#   benchmarks/build_rss.sh NAME ARTICLES STORE [OUT_DIR]      SAMPLE=1 samples every second (default 10)
# Writes OUT_DIR/NAME.log (the build's report and /usr/bin/time -v) and OUT_DIR/NAME.rss
# (time, CPU time, RSS kB, RssAnon of the build process at each sample).
name=$1; arts=$2; store=$3; out=${4:-/tmp}
log=$out/$name.log
echo "start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" > "$log"
nice -n 10 /usr/bin/time -v .venv/bin/conflictkg build "$arts" --store "$store" >> "$log" 2>&1 &
tpid=$!
sleep 2
pid=$(pgrep -P $tpid | head -1)
while kill -0 $tpid 2>/dev/null; do
  echo "$(date -u +%H:%M:%S) $(ps -o time=,rss= -p "$pid") $(grep -E 'RssAnon' /proc/"$pid"/status 2>/dev/null | tr -s ' \t' ' ')" >> "$out/$name.rss"
  sleep "${SAMPLE:-10}"
done
wait $tpid
echo "end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$log"
