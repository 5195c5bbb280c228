set -e
cd /work/main
args=(examples/tmaze-double-plastic.yaml --generations 20 --set run.stopWhenSolved=false --set task.lifetimes=20)
P=49600; peers="127.0.0.1:$P..$((P+9))"
rm -rf /tmp/cl/s-*
/usr/bin/time -f "%e s wall" ./neurula run "${args[@]}" --threads 1 --out /tmp/cl/s-local1 > /tmp/cl/s-local1.log 2>&1
/usr/bin/time -f "%e s wall" ./neurula run "${args[@]}" --threads 2 --out /tmp/cl/s-local2 > /tmp/cl/s-local2.log 2>&1
./neurula worker --port $P --threads 1 > /tmp/cl/sw1.log 2>&1 & w1=$!
until grep -q ready /tmp/cl/sw1.log; do sleep 0.2; done
/usr/bin/time -f "%e s wall" ./neurula run "${args[@]}" --cluster $peers --port $P --out /tmp/cl/s-cluster1 > /tmp/cl/s-cluster1.log 2>&1
./neurula worker --port $P --threads 1 > /tmp/cl/sw2.log 2>&1 & w2=$!
until grep -q ready /tmp/cl/sw2.log; do sleep 0.2; done
/usr/bin/time -f "%e s wall" ./neurula run "${args[@]}" --cluster $peers --port $P --out /tmp/cl/s-cluster2 > /tmp/cl/s-cluster2.log 2>&1
kill $w1 $w2
