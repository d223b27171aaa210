package org.cloudtrail4j.spark.internal;

import java.io.Serializable;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/** Shipped to executors: what to read and how; builds one reader per partition. */
record EventReaderFactory(StructType required, Constraints constraints, Mode mode, Broadcast<HadoopConf> conf,
    int readAheadFiles, long limit) implements PartitionReaderFactory, Serializable {

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new EventPartitionReader((FileGroup) partition, required, constraints, mode, conf.value().get(),
        readAheadFiles, limit);
  }
}
