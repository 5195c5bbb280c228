cd /work/main
P=49800; peers="127.0.0.1:$P..$((P+9))"
./neurula worker --port $P --threads 1 > /tmp/cl/gw1.log 2>&1 & w1=$!
./neurula worker --port $P --threads 1 > /tmp/cl/gw2.log 2>&1 & w2=$!
until grep -q ready /tmp/cl/gw1.log && grep -q ready /tmp/cl/gw2.log; do sleep 0.2; done
rm -rf /tmp/cl/dtb-*
/usr/bin/time -f "%e s wall" ./neurula bench examples/tmaze-double-plastic.yaml --runs 3 --out /tmp/cl/dtb-local > /tmp/cl/dtb-local.log 2>&1
/usr/bin/time -f "%e s wall" ./neurula bench examples/tmaze-double-plastic.yaml --runs 3 --cluster $peers --port $P --out /tmp/cl/dtb-cluster > /tmp/cl/dtb-cluster.log 2>&1
kill $w1 $w2
date
