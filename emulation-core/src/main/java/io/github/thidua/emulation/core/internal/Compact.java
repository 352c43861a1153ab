package io.github.thidua.emulation.core.internal;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.audit.Fingerprint;
import io.github.thidua.emulation.core.audit.Trace;
import io.github.thidua.emulation.core.rules.ResolvedRules;
import io.github.thidua.emulation.core.rules.RuleParameters;
import io.github.thidua.emulation.core.scoring.GroupScores;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The compact canonical form of fingerprints ({@link CanonicalForm#COMPACT}, ADR 013): a binary encoding written
 * straight into SHA-256. Each value is a tag byte and a prefix-free body, so that concatenations never collide:
 * text is UTF-8 ended by {@code 0xFF} (a byte UTF-8 never uses), whole numbers and dates (days since 1970) are
 * zig-zag varints, a decimal is its unscaled value and scale without trailing zeros (90.50 and 90.5 are one value),
 * a record is its class name and its components in declaration order. The elements of every collection and the
 * entries of every map are sorted by their encodings, so input order never matters; a rule's parameters keep their
 * lists in order (a tie-break chain means its order). A nested result with a fingerprint is written as that
 * fingerprint; the group's scores and its resolved rules are written as the digest of their own encoding, computed
 * once per object; explanation traces are not written (a trace is derived from the values that are).
 */
final class Compact {
  private static final byte[] DOMAIN = "emulation canonical form 2\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FLUSH = 1 << 15;
  private static final byte END = (byte) 0xFF;

  /** Digests of sub-results, by identity: a group's scores and rules enter several fingerprints of its year. */
  private static final Cache<Object, byte[]> DIGESTS = CacheBuilder.newBuilder().weakKeys().build();

  /**
   * Buffers kept between fingerprints, per thread: a group's scores encode to tens of kilobytes, and growing a
   * new buffer for each result was a tenth of the year's allocation. A nested digest takes a buffer of its own.
   */
  private static final ThreadLocal<ArrayDeque<byte[]>> POOL = ThreadLocal.withInitial(ArrayDeque::new);
  private static final int KEEP = 1 << 20;
  /** The copy a sort works on; sorts never overlap on a thread (a nested digest finishes before its caller sorts). */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1 << 16]);

  private final MessageDigest digest;
  private byte[] buf;
  private int len;
  /** Open collections: their elements are sorted in the buffer, so it is flushed only outside them. */
  private int depth;

  private Compact() {
    byte[] pooled = POOL.get().pollFirst();
    buf = pooled != null ? pooled : new byte[1 << 16];
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the fingerprint of some values in the compact form.
   *
   * @param parts the values, e.g. the inputs, the resolved rules and the outputs, in a fixed order
   * @return the fingerprint
   */
  static Fingerprint fingerprint(Object... parts) {
    Compact c = new Compact();
    c.raw(DOMAIN);
    for (Object part : parts) {
      c.write(part);
    }
    return new Fingerprint(CanonicalForm.COMPACT.algorithm(), HexFormat.of().formatHex(c.finish()));
  }

  private static byte[] digestOf(Object value) {
    try {
      return DIGESTS.get(value, () -> {
        Compact c = new Compact();
        c.raw(DOMAIN);
        c.record((Record) value);
        return c.finish();
      });
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private byte[] finish() {
    digest.update(buf, 0, len);
    len = 0;
    if (buf.length <= KEEP) {
      POOL.get().addFirst(buf);
    }
    buf = null;
    return digest.digest();
  }

  // ------------------------------------------------------------------ values

  private void write(Object value) {
    if (value == null) {
      tag('0');
    } else if (value instanceof String s) {
      tag('S');
      text(s);
    } else if (value instanceof BigDecimal d) {
      decimal(d);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      tag('I');
      longValue(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      tag('Z');
      ensure(1);
      buf[len++] = (byte) (b ? 1 : 0);
    } else if (value instanceof LocalDate d) {
      tag('d');
      longValue(d.toEpochDay());
    } else if (value instanceof Enum<?> e) {
      tag('E');
      text(e.name());
    } else if (value instanceof Optional<?> o) {
      tag('O');
      ensure(1);
      buf[len++] = (byte) (o.isPresent() ? 1 : 0);
      o.ifPresent(this::write);
    } else if (value instanceof Collection<?> c) {
      tag('L');
      sorted(c.size(), c);
    } else if (value instanceof Map<?, ?> m) {
      tag('M');
      sorted(m.size(), m.entrySet());
    } else if (value instanceof Map.Entry<?, ?> e) {
      write(e.getKey());
      write(e.getValue());
    } else if (value instanceof RuleParameters p) {
      tag('P');
      parameters(p.asMap());
    } else if (value instanceof GroupScores || value instanceof ResolvedRules) {
      tag('H');
      raw(digestOf(value));
    } else if (value instanceof Trace) {
      tag('T');
    } else if (value instanceof Fingerprint f) {
      tag('F');
      text(f.algorithm());
      text(f.hex());
    } else if (value instanceof Province p) {
      tag('V');
      write(p.id());
      write(p.name());
      write(p.year());
      write(p.referenceDate());
      write(p.units());
      write(p.organisers());
      write(p.groups());
    } else if (value instanceof Record r) {
      record(r);
    } else {
      tag('X');
      text(value.toString());
    }
    if (depth == 0 && len > FLUSH) {
      digest.update(buf, 0, len);
      len = 0;
    }
  }

  private void record(Record r) {
    Shape shape = SHAPES.get(r.getClass());
    if (shape.fingerprint >= 0) {
      Object f = get(shape.accessors[shape.fingerprint], r);
      Optional<?> present = f instanceof Optional<?> o ? o : Optional.of(f);
      if (present.isPresent()) {
        write(present.get());
        return;
      }
    }
    tag('R');
    raw(shape.name);
    for (int i = 0; i < shape.accessors.length; i++) {
      if (i != shape.fingerprint) {
        write(get(shape.accessors[i], r));
      }
    }
  }

  /** Rule parameters keep their lists in order. */
  private void parameters(Object value) {
    if (value instanceof List<?> list) {
      tag('Q');
      longValue(list.size());
      list.forEach(this::parameters);
    } else if (value instanceof Map<?, ?> m) {
      tag('M');
      depth++;
      int start = len;
      int[] bounds = new int[m.size() + 1];
      int i = 0;
      for (var e : m.entrySet()) {
        bounds[i++] = len;
        write(e.getKey());
        parameters(e.getValue());
      }
      bounds[i] = len;
      depth--;
      sortRange(start, bounds);
    } else {
      write(value);
    }
  }

  private void sorted(int size, Collection<?> elements) {
    longValue(size);
    if (size == 0) {
      return;
    }
    depth++;
    int start = len;
    int[] bounds = new int[size + 1];
    int i = 0;
    for (Object element : elements) {
      bounds[i++] = len;
      write(element);
    }
    bounds[i] = len;
    depth--;
    sortRange(start, bounds);
  }

  private static byte[] scratch(int size) {
    byte[] copy = SCRATCH.get();
    if (copy.length < size) {
      copy = new byte[Math.max(size, copy.length * 2)];
      if (copy.length <= KEEP) {
        SCRATCH.set(copy);
      }
    }
    return copy;
  }

  /** Sorts the encodings between consecutive bounds, in place, by their unsigned bytes. */
  private void sortRange(int start, int[] bounds) {
    int n = bounds.length - 1;
    if (n < 2) {
      return;
    }
    // a result's lists are mostly in order already (criteria in scale order, units by id): then nothing moves
    boolean ordered = true;
    for (int k = 1; k < n && ordered; k++) {
      ordered = Arrays.compareUnsigned(buf, bounds[k - 1], bounds[k], buf, bounds[k], bounds[k + 1]) <= 0;
    }
    if (ordered) {
      return;
    }
    byte[] copy = scratch(len - start);
    System.arraycopy(buf, start, copy, 0, len - start);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(copy, bounds[a] - start, bounds[a + 1] - start, copy,
        bounds[b] - start, bounds[b + 1] - start));
    int at = start;
    for (int k : order) {
      int from = bounds[k] - start;
      int length = bounds[k + 1] - bounds[k];
      System.arraycopy(copy, from, buf, at, length);
      at += length;
    }
  }

  private void decimal(BigDecimal d) {
    if (d.signum() == 0) {
      tag('D');
      longValue(0);
      longValue(0);
      return;
    }
    BigInteger unscaled = d.unscaledValue();
    int scale = d.scale();
    if (unscaled.bitLength() < 63) {
      long u = unscaled.longValue();
      while (u % 10 == 0) {
        u /= 10;
        scale--;
      }
      tag('D');
      longValue(u);
      longValue(scale);
    } else {
      BigDecimal s = d.stripTrailingZeros();
      tag('B');
      text(s.unscaledValue().toString());
      longValue(s.scale());
    }
  }

  // ------------------------------------------------------------------ bytes

  private void tag(char c) {
    ensure(1);
    buf[len++] = (byte) c;
  }

  /**
   * A whole number as a zig-zag varint: seven bits a byte, the high bit set on every byte but the last, so that
   * small numbers of either sign take one or two bytes and the encoding stays prefix-free.
   */
  private void longValue(long v) {
    ensure(10);
    long z = (v << 1) ^ (v >> 63);
    while ((z & ~0x7FL) != 0) {
      buf[len++] = (byte) ((z & 0x7F) | 0x80);
      z >>>= 7;
    }
    buf[len++] = (byte) z;
  }

  private void raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  /** UTF-8 of the text, then {@code 0xFF}; a lone surrogate is written as {@code ?}, as {@code String.getBytes}. */
  private void text(String s) {
    int n = s.length();
    ensure(n * 3 + 1);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[len++] = (byte) c;
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | (c >> 6));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[len++] = (byte) (0xF0 | (cp >> 18));
        buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buf[len++] = '?';
      } else {
        buf[len++] = (byte) (0xE0 | (c >> 12));
        buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    buf[len++] = END;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  // ------------------------------------------------------------------ records

  /** A record class's name and component accessors, looked up once per class. */
  private record Shape(byte[] name, MethodHandle[] accessors, int fingerprint) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      MethodHandle[] accessors = new MethodHandle[components.length];
      int fingerprint = -1;
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      for (int i = 0; i < components.length; i++) {
        try {
          accessors[i] = lookup.unreflect(components[i].getAccessor())
              .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + components[i], e);
        }
        if (components[i].getName().equals("fingerprint")) {
          fingerprint = i;
        }
      }
      byte[] simple = type.getSimpleName().getBytes(StandardCharsets.UTF_8);
      byte[] name = Arrays.copyOf(simple, simple.length + 1);
      name[simple.length] = END;
      return new Shape(name, accessors, fingerprint);
    }
  };

  private static Object get(MethodHandle accessor, Object record) {
    try {
      return (Object) accessor.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
