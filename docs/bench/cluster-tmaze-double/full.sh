cd /work/main
P=49800; peers="127.0.0.1:$P..$((P+9))"
rm -rf /tmp/cl/full-*
./neurula worker --port $P --threads 1 > /tmp/cl/fw1.log 2>&1 & w1=$!
./neurula worker --port $P --threads 1 > /tmp/cl/fw2.log 2>&1 & w2=$!
until grep -q ready /tmp/cl/fw1.log && grep -q ready /tmp/cl/fw2.log; do sleep 0.2; done
/usr/bin/time -f "%e s wall" ./neurula run examples/tmaze-double-plastic.yaml --out /tmp/cl/full-local > /tmp/cl/full-local.log 2>&1
/usr/bin/time -f "%e s wall" ./neurula run examples/tmaze-double-plastic.yaml --cluster $peers --port $P --out /tmp/cl/full-cluster > /tmp/cl/full-cluster.log 2>&1
kill $w1 $w2
date
