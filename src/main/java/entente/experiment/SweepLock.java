package entente.experiment;

import entente.scenario.InputException;
import entente.scenario.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per sweep folder: an operating-system lock on a file in the folder that holds the
 * writer's process id while it writes, so that a second sweep on the same folder stops before
 * it reads or writes a line. The lock goes with the process (a crash or kill -9 frees it). The
 * file stays, empty, once the writer is done: removing it would let two writers lock two files.
 */
final class SweepLock implements Closeable {
    static final String FILE = ".sweep.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says which process holds it. */
    static SweepLock take(Path dir) throws IOException, InputException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            String holder = holder(ch);
            ch.close();
            throw new InputException(new Problem(dir.toString(), 0, "", "sweep folder is in use by process " + holder
                    + " (another entente sweep is writing it: wait for it to finish, or stop it)"));
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(false);
        return new SweepLock(ch, lock);
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        ch.read(b, 0);
        String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
        return pid.matches("\\d+") ? pid : "(unknown)";
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
