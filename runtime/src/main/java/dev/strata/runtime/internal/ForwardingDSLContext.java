package dev.strata.runtime.internal;

import io.r2dbc.spi.ConnectionFactory;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jooq.AlterDatabaseStep;
import org.jooq.AlterDomainStep;
import org.jooq.AlterIndexOnStep;
import org.jooq.AlterSchemaStep;
import org.jooq.AlterSequenceStep;
import org.jooq.AlterTableStep;
import org.jooq.AlterTypeStep;
import org.jooq.AlterViewStep;
import org.jooq.Attachable;
import org.jooq.Batch;
import org.jooq.BatchBindStep;
import org.jooq.BatchedCallable;
import org.jooq.BatchedRunnable;
import org.jooq.BindContext;
import org.jooq.Block;
import org.jooq.Catalog;
import org.jooq.CommentOnIsStep;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.ConnectionCallable;
import org.jooq.ConnectionRunnable;
import org.jooq.ContextTransactionalCallable;
import org.jooq.ContextTransactionalRunnable;
import org.jooq.CreateDatabaseFinalStep;
import org.jooq.CreateDomainAsStep;
import org.jooq.CreateIndexStep;
import org.jooq.CreateSchemaFinalStep;
import org.jooq.CreateSequenceFlagsStep;
import org.jooq.CreateTableElementListStep;
import org.jooq.CreateTypeStep;
import org.jooq.CreateViewAsStep;
import org.jooq.Cursor;
import org.jooq.DDLExportConfiguration;
import org.jooq.DDLFlag;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.DeleteQuery;
import org.jooq.DeleteUsingStep;
import org.jooq.Domain;
import org.jooq.DropDatabaseFinalStep;
import org.jooq.DropDomainCascadeStep;
import org.jooq.DropIndexOnStep;
import org.jooq.DropSchemaStep;
import org.jooq.DropSequenceFinalStep;
import org.jooq.DropTableStep;
import org.jooq.DropTypeStep;
import org.jooq.DropViewFinalStep;
import org.jooq.Explain;
import org.jooq.Field;
import org.jooq.GrantOnStep;
import org.jooq.Index;
import org.jooq.InsertQuery;
import org.jooq.InsertSetStep;
import org.jooq.InsertValuesStep1;
import org.jooq.InsertValuesStep10;
import org.jooq.InsertValuesStep11;
import org.jooq.InsertValuesStep12;
import org.jooq.InsertValuesStep13;
import org.jooq.InsertValuesStep14;
import org.jooq.InsertValuesStep15;
import org.jooq.InsertValuesStep16;
import org.jooq.InsertValuesStep17;
import org.jooq.InsertValuesStep18;
import org.jooq.InsertValuesStep19;
import org.jooq.InsertValuesStep2;
import org.jooq.InsertValuesStep20;
import org.jooq.InsertValuesStep21;
import org.jooq.InsertValuesStep22;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep4;
import org.jooq.InsertValuesStep5;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStep7;
import org.jooq.InsertValuesStep8;
import org.jooq.InsertValuesStep9;
import org.jooq.InsertValuesStepN;
import org.jooq.LoaderOptionsStep;
import org.jooq.MergeKeyStep1;
import org.jooq.MergeKeyStep10;
import org.jooq.MergeKeyStep11;
import org.jooq.MergeKeyStep12;
import org.jooq.MergeKeyStep13;
import org.jooq.MergeKeyStep14;
import org.jooq.MergeKeyStep15;
import org.jooq.MergeKeyStep16;
import org.jooq.MergeKeyStep17;
import org.jooq.MergeKeyStep18;
import org.jooq.MergeKeyStep19;
import org.jooq.MergeKeyStep2;
import org.jooq.MergeKeyStep20;
import org.jooq.MergeKeyStep21;
import org.jooq.MergeKeyStep22;
import org.jooq.MergeKeyStep3;
import org.jooq.MergeKeyStep4;
import org.jooq.MergeKeyStep5;
import org.jooq.MergeKeyStep6;
import org.jooq.MergeKeyStep7;
import org.jooq.MergeKeyStep8;
import org.jooq.MergeKeyStep9;
import org.jooq.MergeKeyStepN;
import org.jooq.MergeUsingStep;
import org.jooq.Meta;
import org.jooq.Migrations;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.Parser;
import org.jooq.Privilege;
import org.jooq.Publisher;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record10;
import org.jooq.Record11;
import org.jooq.Record12;
import org.jooq.Record13;
import org.jooq.Record14;
import org.jooq.Record15;
import org.jooq.Record16;
import org.jooq.Record17;
import org.jooq.Record18;
import org.jooq.Record19;
import org.jooq.Record2;
import org.jooq.Record20;
import org.jooq.Record21;
import org.jooq.Record22;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Record7;
import org.jooq.Record8;
import org.jooq.Record9;
import org.jooq.RenderContext;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Results;
import org.jooq.RevokeOnStep;
import org.jooq.RollbackToSavepointStep;
import org.jooq.RowCountQuery;
import org.jooq.SQL;
import org.jooq.SQLDialect;
import org.jooq.Schema;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectQuery;
import org.jooq.SelectSelectStep;
import org.jooq.SelectWhereStep;
import org.jooq.Sequence;
import org.jooq.Source;
import org.jooq.Statement;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableLike;
import org.jooq.TableRecord;
import org.jooq.TransactionalCallable;
import org.jooq.TransactionalPublishable;
import org.jooq.TransactionalRunnable;
import org.jooq.TruncateIdentityStep;
import org.jooq.Type;
import org.jooq.UDT;
import org.jooq.UDTRecord;
import org.jooq.UpdatableRecord;
import org.jooq.UpdateQuery;
import org.jooq.UpdateSetFirstStep;
import org.jooq.WithAsStep;
import org.jooq.WithAsStep1;
import org.jooq.WithAsStep10;
import org.jooq.WithAsStep11;
import org.jooq.WithAsStep12;
import org.jooq.WithAsStep13;
import org.jooq.WithAsStep14;
import org.jooq.WithAsStep15;
import org.jooq.WithAsStep16;
import org.jooq.WithAsStep17;
import org.jooq.WithAsStep18;
import org.jooq.WithAsStep19;
import org.jooq.WithAsStep2;
import org.jooq.WithAsStep20;
import org.jooq.WithAsStep21;
import org.jooq.WithAsStep22;
import org.jooq.WithAsStep3;
import org.jooq.WithAsStep4;
import org.jooq.WithAsStep5;
import org.jooq.WithAsStep6;
import org.jooq.WithAsStep7;
import org.jooq.WithAsStep8;
import org.jooq.WithAsStep9;
import org.jooq.WithStep;
import org.jooq.conf.Settings;
import org.jooq.exception.ConfigurationException;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.DataDefinitionException;
import org.jooq.exception.InvalidResultException;
import org.jooq.exception.NoDataFoundException;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.ParserException;
import org.jooq.tools.jdbc.MockCallable;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockRunnable;
import org.jooq.util.xml.jaxb.InformationSchema;

/**
 * A {@link DSLContext} that hands every call to {@link #delegate()}.
 *
 * <p>Generated from jOOQ's {@code DSLContext} by {@code ForwardingDSLContextTest} (runtime tests), which fails when
 * this file no longer matches the jOOQ on the class path; do not edit it by hand.
 */
@Generated("dev.strata.runtime.internal.ForwardingDSLContextTest")
@SuppressWarnings({"deprecation", "removal"})
abstract class ForwardingDSLContext implements DSLContext {
  /**
   * The context each call goes to.
   */
  abstract DSLContext delegate();

  @Override
  public Schema map(Schema arg0) {
    return delegate().map(arg0);
  }

  @Override
  public <R extends Record> Table<R> map(Table<R> arg0) {
    return delegate().<R>map(arg0);
  }

  @Override
  public Parser parser() {
    return delegate().parser();
  }

  @Override
  public Connection parsingConnection() {
    return delegate().parsingConnection();
  }

  @Override
  public DataSource parsingDataSource() {
    return delegate().parsingDataSource();
  }

  @Override
  public ConnectionFactory parsingConnectionFactory() {
    return delegate().parsingConnectionFactory();
  }

  @Override
  public Connection diagnosticsConnection() {
    return delegate().diagnosticsConnection();
  }

  @Override
  public DataSource diagnosticsDataSource() {
    return delegate().diagnosticsDataSource();
  }

  @Override
  public Migrations migrations() {
    return delegate().migrations();
  }

  @Override
  public Meta meta() {
    return delegate().meta();
  }

  @Override
  public Meta meta(DatabaseMetaData arg0) {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(Catalog... arg0) {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(Schema... arg0) {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(Table<?>... arg0) {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(InformationSchema arg0) {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(String... arg0) throws DataDefinitionException, ParserException {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(Source... arg0) throws DataDefinitionException, ParserException {
    return delegate().meta(arg0);
  }

  @Override
  public Meta meta(Query... arg0) throws DataDefinitionException {
    return delegate().meta(arg0);
  }

  @Override
  public InformationSchema informationSchema(Catalog arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public InformationSchema informationSchema(Catalog... arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public InformationSchema informationSchema(Schema arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public InformationSchema informationSchema(Schema... arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public InformationSchema informationSchema(Table<?> arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public InformationSchema informationSchema(Table<?>... arg0) {
    return delegate().informationSchema(arg0);
  }

  @Override
  public Explain explain(Query arg0) {
    return delegate().explain(arg0);
  }

  @Override
  public <T> T transactionResult(TransactionalCallable<T> arg0) {
    return delegate().<T>transactionResult(arg0);
  }

  @Override
  public <T> T transactionResult(ContextTransactionalCallable<T> arg0) throws
      ConfigurationException {
    return delegate().<T>transactionResult(arg0);
  }

  @Override
  public void transaction(TransactionalRunnable arg0) {
    delegate().transaction(arg0);
  }

  @Override
  public void transaction(ContextTransactionalRunnable arg0) throws ConfigurationException {
    delegate().transaction(arg0);
  }

  @Override
  public <T> CompletionStage<T> transactionResultAsync(TransactionalCallable<T> arg0) throws
      ConfigurationException {
    return delegate().<T>transactionResultAsync(arg0);
  }

  @Override
  public CompletionStage<Void> transactionAsync(TransactionalRunnable arg0) throws
      ConfigurationException {
    return delegate().transactionAsync(arg0);
  }

  @Override
  public <T> CompletionStage<T> transactionResultAsync(Executor arg0, TransactionalCallable<T> arg1)
      throws ConfigurationException {
    return delegate().<T>transactionResultAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Void> transactionAsync(Executor arg0, TransactionalRunnable arg1) throws
      ConfigurationException {
    return delegate().transactionAsync(arg0, arg1);
  }

  @Override
  public <T> Publisher<T> transactionPublisher(TransactionalPublishable<T> arg0) {
    return delegate().<T>transactionPublisher(arg0);
  }

  @Override
  public <T> T connectionResult(ConnectionCallable<T> arg0) {
    return delegate().<T>connectionResult(arg0);
  }

  @Override
  public void connection(ConnectionRunnable arg0) {
    delegate().connection(arg0);
  }

  @Override
  public <T> T mockResult(MockDataProvider arg0, MockCallable<T> arg1) {
    return delegate().<T>mockResult(arg0, arg1);
  }

  @Override
  public void mock(MockDataProvider arg0, MockRunnable arg1) {
    delegate().mock(arg0, arg1);
  }

  @Override
  public RenderContext renderContext() {
    return delegate().renderContext();
  }

  @Override
  public String render(QueryPart arg0) {
    return delegate().render(arg0);
  }

  @Override
  public String renderNamedParams(QueryPart arg0) {
    return delegate().renderNamedParams(arg0);
  }

  @Override
  public String renderNamedOrInlinedParams(QueryPart arg0) {
    return delegate().renderNamedOrInlinedParams(arg0);
  }

  @Override
  public String renderInlined(QueryPart arg0) {
    return delegate().renderInlined(arg0);
  }

  @Override
  public List<Object> extractBindValues(QueryPart arg0) {
    return delegate().extractBindValues(arg0);
  }

  @Override
  public Map<String, Param<?>> extractParams(QueryPart arg0) {
    return delegate().extractParams(arg0);
  }

  @Override
  public Param<?> extractParam(QueryPart arg0, String arg1) {
    return delegate().extractParam(arg0, arg1);
  }

  @Override
  public BindContext bindContext(PreparedStatement arg0) {
    return delegate().bindContext(arg0);
  }

  @Override
  public void attach(Attachable... arg0) {
    delegate().attach(arg0);
  }

  @Override
  public void attach(Collection<? extends Attachable> arg0) {
    delegate().attach(arg0);
  }

  @Override
  public <R extends Record> LoaderOptionsStep<R> loadInto(Table<R> arg0) {
    return delegate().<R>loadInto(arg0);
  }

  @Override
  public Queries queries(Query... arg0) {
    return delegate().queries(arg0);
  }

  @Override
  public Queries queries(Collection<? extends Query> arg0) {
    return delegate().queries(arg0);
  }

  @Override
  public Block begin(Statement... arg0) {
    return delegate().begin(arg0);
  }

  @Override
  public Block begin(Collection<? extends Statement> arg0) {
    return delegate().begin(arg0);
  }

  @Override
  public RowCountQuery query(SQL arg0) {
    return delegate().query(arg0);
  }

  @Override
  public RowCountQuery query(String arg0) {
    return delegate().query(arg0);
  }

  @Override
  public RowCountQuery query(String arg0, Object... arg1) {
    return delegate().query(arg0, arg1);
  }

  @Override
  public RowCountQuery query(String arg0, QueryPart... arg1) {
    return delegate().query(arg0, arg1);
  }

  @Override
  public Result<Record> fetch(SQL arg0) throws DataAccessException {
    return delegate().fetch(arg0);
  }

  @Override
  public Result<Record> fetch(String arg0) throws DataAccessException {
    return delegate().fetch(arg0);
  }

  @Override
  public Result<Record> fetch(String arg0, Object... arg1) throws DataAccessException {
    return delegate().fetch(arg0, arg1);
  }

  @Override
  public Result<Record> fetch(String arg0, QueryPart... arg1) throws DataAccessException {
    return delegate().fetch(arg0, arg1);
  }

  @Override
  public Cursor<Record> fetchLazy(SQL arg0) throws DataAccessException {
    return delegate().fetchLazy(arg0);
  }

  @Override
  public Cursor<Record> fetchLazy(String arg0) throws DataAccessException {
    return delegate().fetchLazy(arg0);
  }

  @Override
  public Cursor<Record> fetchLazy(String arg0, Object... arg1) throws DataAccessException {
    return delegate().fetchLazy(arg0, arg1);
  }

  @Override
  public Cursor<Record> fetchLazy(String arg0, QueryPart... arg1) throws DataAccessException {
    return delegate().fetchLazy(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(SQL arg0) {
    return delegate().fetchAsync(arg0);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(String arg0) {
    return delegate().fetchAsync(arg0);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(String arg0, Object... arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(String arg0, QueryPart... arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, SQL arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, String arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, String arg1, Object... arg2) {
    return delegate().fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, String arg1, QueryPart... arg2) {
    return delegate().fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public Stream<Record> fetchStream(SQL arg0) throws DataAccessException {
    return delegate().fetchStream(arg0);
  }

  @Override
  public Stream<Record> fetchStream(String arg0) throws DataAccessException {
    return delegate().fetchStream(arg0);
  }

  @Override
  public Stream<Record> fetchStream(String arg0, Object... arg1) throws DataAccessException {
    return delegate().fetchStream(arg0, arg1);
  }

  @Override
  public Stream<Record> fetchStream(String arg0, QueryPart... arg1) throws DataAccessException {
    return delegate().fetchStream(arg0, arg1);
  }

  @Override
  public Results fetchMany(SQL arg0) throws DataAccessException {
    return delegate().fetchMany(arg0);
  }

  @Override
  public Results fetchMany(String arg0) throws DataAccessException {
    return delegate().fetchMany(arg0);
  }

  @Override
  public Results fetchMany(String arg0, Object... arg1) throws DataAccessException {
    return delegate().fetchMany(arg0, arg1);
  }

  @Override
  public Results fetchMany(String arg0, QueryPart... arg1) throws DataAccessException {
    return delegate().fetchMany(arg0, arg1);
  }

  @Override
  public Record fetchOne(SQL arg0) throws DataAccessException, TooManyRowsException {
    return delegate().fetchOne(arg0);
  }

  @Override
  public Record fetchOne(String arg0) throws DataAccessException, TooManyRowsException {
    return delegate().fetchOne(arg0);
  }

  @Override
  public Record fetchOne(String arg0, Object... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOne(arg0, arg1);
  }

  @Override
  public Record fetchOne(String arg0, QueryPart... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOne(arg0, arg1);
  }

  @Override
  public Record fetchSingle(SQL arg0) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().fetchSingle(arg0);
  }

  @Override
  public Record fetchSingle(String arg0) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().fetchSingle(arg0);
  }

  @Override
  public Record fetchSingle(String arg0, Object... arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchSingle(arg0, arg1);
  }

  @Override
  public Record fetchSingle(String arg0, QueryPart... arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchSingle(arg0, arg1);
  }

  @Override
  public Optional<Record> fetchOptional(SQL arg0) throws DataAccessException, TooManyRowsException {
    return delegate().fetchOptional(arg0);
  }

  @Override
  public Optional<Record> fetchOptional(String arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOptional(arg0);
  }

  @Override
  public Optional<Record> fetchOptional(String arg0, Object... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOptional(arg0, arg1);
  }

  @Override
  public Optional<Record> fetchOptional(String arg0, QueryPart... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOptional(arg0, arg1);
  }

  @Override
  public Object fetchValue(SQL arg0) throws DataAccessException, TooManyRowsException,
      InvalidResultException {
    return delegate().fetchValue(arg0);
  }

  @Override
  public Object fetchValue(String arg0) throws DataAccessException, TooManyRowsException,
      InvalidResultException {
    return delegate().fetchValue(arg0);
  }

  @Override
  public Object fetchValue(String arg0, Object... arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchValue(arg0, arg1);
  }

  @Override
  public Object fetchValue(String arg0, QueryPart... arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchValue(arg0, arg1);
  }

  @Override
  public Optional<?> fetchOptionalValue(SQL arg0) throws DataAccessException, TooManyRowsException,
      InvalidResultException {
    return delegate().fetchOptionalValue(arg0);
  }

  @Override
  public Optional<?> fetchOptionalValue(String arg0) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchOptionalValue(arg0);
  }

  @Override
  public Optional<?> fetchOptionalValue(String arg0, Object... arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchOptionalValue(arg0, arg1);
  }

  @Override
  public Optional<?> fetchOptionalValue(String arg0, QueryPart... arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchOptionalValue(arg0, arg1);
  }

  @Override
  public List<?> fetchValues(SQL arg0) throws DataAccessException, InvalidResultException {
    return delegate().fetchValues(arg0);
  }

  @Override
  public List<?> fetchValues(String arg0) throws DataAccessException, InvalidResultException {
    return delegate().fetchValues(arg0);
  }

  @Override
  public List<?> fetchValues(String arg0, Object... arg1) throws DataAccessException,
      InvalidResultException {
    return delegate().fetchValues(arg0, arg1);
  }

  @Override
  public List<?> fetchValues(String arg0, QueryPart... arg1) throws DataAccessException,
      InvalidResultException {
    return delegate().fetchValues(arg0, arg1);
  }

  @Override
  public int execute(SQL arg0) throws DataAccessException {
    return delegate().execute(arg0);
  }

  @Override
  public int execute(String arg0) throws DataAccessException {
    return delegate().execute(arg0);
  }

  @Override
  public int execute(String arg0, Object... arg1) throws DataAccessException {
    return delegate().execute(arg0, arg1);
  }

  @Override
  public int execute(String arg0, QueryPart... arg1) throws DataAccessException {
    return delegate().execute(arg0, arg1);
  }

  @Override
  public ResultQuery<Record> resultQuery(SQL arg0) {
    return delegate().resultQuery(arg0);
  }

  @Override
  public ResultQuery<Record> resultQuery(String arg0) {
    return delegate().resultQuery(arg0);
  }

  @Override
  public ResultQuery<Record> resultQuery(String arg0, Object... arg1) {
    return delegate().resultQuery(arg0, arg1);
  }

  @Override
  public ResultQuery<Record> resultQuery(String arg0, QueryPart... arg1) {
    return delegate().resultQuery(arg0, arg1);
  }

  @Override
  public Result<Record> fetch(ResultSet arg0) throws DataAccessException {
    return delegate().fetch(arg0);
  }

  @Override
  public Result<Record> fetch(ResultSet arg0, Field<?>... arg1) throws DataAccessException {
    return delegate().fetch(arg0, arg1);
  }

  @Override
  public Result<Record> fetch(ResultSet arg0, DataType<?>... arg1) throws DataAccessException {
    return delegate().fetch(arg0, arg1);
  }

  @Override
  public Result<Record> fetch(ResultSet arg0, Class<?>... arg1) throws DataAccessException {
    return delegate().fetch(arg0, arg1);
  }

  @Override
  public Record fetchOne(ResultSet arg0) throws DataAccessException, TooManyRowsException {
    return delegate().fetchOne(arg0);
  }

  @Override
  public Record fetchOne(ResultSet arg0, Field<?>... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOne(arg0, arg1);
  }

  @Override
  public Record fetchOne(ResultSet arg0, DataType<?>... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOne(arg0, arg1);
  }

  @Override
  public Record fetchOne(ResultSet arg0, Class<?>... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().fetchOne(arg0, arg1);
  }

  @Override
  public Record fetchSingle(ResultSet arg0) throws DataAccessException, TooManyRowsException {
    return delegate().fetchSingle(arg0);
  }

  @Override
  public Record fetchSingle(ResultSet arg0, Field<?>... arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchSingle(arg0, arg1);
  }

  @Override
  public Record fetchSingle(ResultSet arg0, DataType<?>... arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchSingle(arg0, arg1);
  }

  @Override
  public Record fetchSingle(ResultSet arg0, Class<?>... arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchSingle(arg0, arg1);
  }

  @Override
  public Optional<Record> fetchOptional(ResultSet arg0) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().fetchOptional(arg0);
  }

  @Override
  public Optional<Record> fetchOptional(ResultSet arg0, Field<?>... arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().fetchOptional(arg0, arg1);
  }

  @Override
  public Optional<Record> fetchOptional(ResultSet arg0, DataType<?>... arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().fetchOptional(arg0, arg1);
  }

  @Override
  public Optional<Record> fetchOptional(ResultSet arg0, Class<?>... arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().fetchOptional(arg0, arg1);
  }

  @Override
  public Object fetchValue(ResultSet arg0) throws DataAccessException, TooManyRowsException,
      InvalidResultException {
    return delegate().fetchValue(arg0);
  }

  @Override
  public <T> T fetchValue(ResultSet arg0, Field<T> arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchValue(arg0, arg1);
  }

  @Override
  public <T> T fetchValue(ResultSet arg0, DataType<T> arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchValue(arg0, arg1);
  }

  @Override
  public <T> T fetchValue(ResultSet arg0, Class<T> arg1) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchValue(arg0, arg1);
  }

  @Override
  public Optional<?> fetchOptionalValue(ResultSet arg0) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().fetchOptionalValue(arg0);
  }

  @Override
  public <T> Optional<T> fetchOptionalValue(ResultSet arg0, Field<T> arg1) throws
      DataAccessException, TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchOptionalValue(arg0, arg1);
  }

  @Override
  public <T> Optional<T> fetchOptionalValue(ResultSet arg0, DataType<T> arg1) throws
      DataAccessException, TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchOptionalValue(arg0, arg1);
  }

  @Override
  public <T> Optional<T> fetchOptionalValue(ResultSet arg0, Class<T> arg1) throws
      DataAccessException, TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchOptionalValue(arg0, arg1);
  }

  @Override
  public List<?> fetchValues(ResultSet arg0) throws DataAccessException, InvalidResultException {
    return delegate().fetchValues(arg0);
  }

  @Override
  public <T> List<T> fetchValues(ResultSet arg0, Field<T> arg1) throws DataAccessException,
      InvalidResultException {
    return delegate().<T>fetchValues(arg0, arg1);
  }

  @Override
  public <T> List<T> fetchValues(ResultSet arg0, DataType<T> arg1) throws DataAccessException,
      InvalidResultException {
    return delegate().<T>fetchValues(arg0, arg1);
  }

  @Override
  public <T> List<T> fetchValues(ResultSet arg0, Class<T> arg1) throws DataAccessException,
      InvalidResultException {
    return delegate().<T>fetchValues(arg0, arg1);
  }

  @Override
  public Cursor<Record> fetchLazy(ResultSet arg0) throws DataAccessException {
    return delegate().fetchLazy(arg0);
  }

  @Override
  public Cursor<Record> fetchLazy(ResultSet arg0, Field<?>... arg1) throws DataAccessException {
    return delegate().fetchLazy(arg0, arg1);
  }

  @Override
  public Cursor<Record> fetchLazy(ResultSet arg0, DataType<?>... arg1) throws DataAccessException {
    return delegate().fetchLazy(arg0, arg1);
  }

  @Override
  public Cursor<Record> fetchLazy(ResultSet arg0, Class<?>... arg1) throws DataAccessException {
    return delegate().fetchLazy(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(ResultSet arg0) {
    return delegate().fetchAsync(arg0);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(ResultSet arg0, Field<?>... arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(ResultSet arg0, DataType<?>... arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(ResultSet arg0, Class<?>... arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, ResultSet arg1) {
    return delegate().fetchAsync(arg0, arg1);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, ResultSet arg1,
      Field<?>... arg2) {
    return delegate().fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, ResultSet arg1,
      DataType<?>... arg2) {
    return delegate().fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public CompletionStage<Result<Record>> fetchAsync(Executor arg0, ResultSet arg1,
      Class<?>... arg2) {
    return delegate().fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public Stream<Record> fetchStream(ResultSet arg0) throws DataAccessException {
    return delegate().fetchStream(arg0);
  }

  @Override
  public Stream<Record> fetchStream(ResultSet arg0, Field<?>... arg1) throws DataAccessException {
    return delegate().fetchStream(arg0, arg1);
  }

  @Override
  public Stream<Record> fetchStream(ResultSet arg0, DataType<?>... arg1) throws
      DataAccessException {
    return delegate().fetchStream(arg0, arg1);
  }

  @Override
  public Stream<Record> fetchStream(ResultSet arg0, Class<?>... arg1) throws DataAccessException {
    return delegate().fetchStream(arg0, arg1);
  }

  @Override
  public Result<Record> fetchFromTXT(String arg0) throws DataAccessException {
    return delegate().fetchFromTXT(arg0);
  }

  @Override
  public Result<Record> fetchFromTXT(String arg0, String arg1) throws DataAccessException {
    return delegate().fetchFromTXT(arg0, arg1);
  }

  @Override
  public Result<Record> fetchFromHTML(String arg0) throws DataAccessException {
    return delegate().fetchFromHTML(arg0);
  }

  @Override
  public Result<Record> fetchFromCSV(String arg0) throws DataAccessException {
    return delegate().fetchFromCSV(arg0);
  }

  @Override
  public Result<Record> fetchFromCSV(String arg0, char arg1) throws DataAccessException {
    return delegate().fetchFromCSV(arg0, arg1);
  }

  @Override
  public Result<Record> fetchFromCSV(String arg0, boolean arg1) throws DataAccessException {
    return delegate().fetchFromCSV(arg0, arg1);
  }

  @Override
  public Result<Record> fetchFromCSV(String arg0, boolean arg1, char arg2) throws
      DataAccessException {
    return delegate().fetchFromCSV(arg0, arg1, arg2);
  }

  @Override
  public Result<Record> fetchFromJSON(String arg0) {
    return delegate().fetchFromJSON(arg0);
  }

  @Override
  public Result<Record> fetchFromXML(String arg0) {
    return delegate().fetchFromXML(arg0);
  }

  @Override
  public Result<Record> fetchFromStringData(String[]... arg0) {
    return delegate().fetchFromStringData(arg0);
  }

  @Override
  public Result<Record> fetchFromStringData(List<String[]> arg0) {
    return delegate().fetchFromStringData(arg0);
  }

  @Override
  public Result<Record> fetchFromStringData(List<String[]> arg0, boolean arg1) {
    return delegate().fetchFromStringData(arg0, arg1);
  }

  @Override
  public WithAsStep with(String arg0) {
    return delegate().with(arg0);
  }

  @Override
  public WithAsStep with(String arg0, String... arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep with(String arg0, Collection<String> arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep with(Name arg0) {
    return delegate().with(arg0);
  }

  @Override
  public WithAsStep with(Name arg0, Name... arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep with(Name arg0, Collection<? extends Name> arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep with(String arg0, Function<? super Field<?>, ? extends String> arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep with(String arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends String> arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep1 with(String arg0, String arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep2 with(String arg0, String arg1, String arg2) {
    return delegate().with(arg0, arg1, arg2);
  }

  @Override
  public WithAsStep3 with(String arg0, String arg1, String arg2, String arg3) {
    return delegate().with(arg0, arg1, arg2, arg3);
  }

  @Override
  public WithAsStep4 with(String arg0, String arg1, String arg2, String arg3, String arg4) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public WithAsStep5 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public WithAsStep6 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public WithAsStep7 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public WithAsStep8 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public WithAsStep9 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public WithAsStep10 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public WithAsStep11 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public WithAsStep12 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public WithAsStep13 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public WithAsStep14 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public WithAsStep15 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public WithAsStep16 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public WithAsStep17 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public WithAsStep18 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public WithAsStep19 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public WithAsStep20 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public WithAsStep21 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20, String arg21) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public WithAsStep22 with(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20, String arg21, String arg22) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public WithAsStep1 with(Name arg0, Name arg1) {
    return delegate().with(arg0, arg1);
  }

  @Override
  public WithAsStep2 with(Name arg0, Name arg1, Name arg2) {
    return delegate().with(arg0, arg1, arg2);
  }

  @Override
  public WithAsStep3 with(Name arg0, Name arg1, Name arg2, Name arg3) {
    return delegate().with(arg0, arg1, arg2, arg3);
  }

  @Override
  public WithAsStep4 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public WithAsStep5 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public WithAsStep6 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public WithAsStep7 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public WithAsStep8 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public WithAsStep9 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public WithAsStep10 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public WithAsStep11 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public WithAsStep12 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public WithAsStep13 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public WithAsStep14 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public WithAsStep15 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public WithAsStep16 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public WithAsStep17 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public WithAsStep18 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17, Name arg18) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public WithAsStep19 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public WithAsStep20 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19, Name arg20) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public WithAsStep21 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19, Name arg20,
      Name arg21) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public WithAsStep22 with(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12, Name arg13,
      Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19, Name arg20,
      Name arg21, Name arg22) {
    return delegate().with(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public WithStep with(CommonTableExpression<?>... arg0) {
    return delegate().with(arg0);
  }

  @Override
  public WithStep with(Collection<? extends CommonTableExpression<?>> arg0) {
    return delegate().with(arg0);
  }

  @Override
  public WithAsStep withRecursive(String arg0) {
    return delegate().withRecursive(arg0);
  }

  @Override
  public WithAsStep withRecursive(String arg0, String... arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep withRecursive(String arg0, Collection<String> arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep withRecursive(Name arg0) {
    return delegate().withRecursive(arg0);
  }

  @Override
  public WithAsStep withRecursive(Name arg0, Name... arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep withRecursive(Name arg0, Collection<? extends Name> arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep withRecursive(String arg0, Function<? super Field<?>, ? extends String> arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep withRecursive(String arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends String> arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep1 withRecursive(String arg0, String arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep2 withRecursive(String arg0, String arg1, String arg2) {
    return delegate().withRecursive(arg0, arg1, arg2);
  }

  @Override
  public WithAsStep3 withRecursive(String arg0, String arg1, String arg2, String arg3) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3);
  }

  @Override
  public WithAsStep4 withRecursive(String arg0, String arg1, String arg2, String arg3,
      String arg4) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public WithAsStep5 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public WithAsStep6 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public WithAsStep7 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public WithAsStep8 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public WithAsStep9 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public WithAsStep10 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public WithAsStep11 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public WithAsStep12 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public WithAsStep13 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public WithAsStep14 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public WithAsStep15 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public WithAsStep16 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public WithAsStep17 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public WithAsStep18 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public WithAsStep19 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public WithAsStep20 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public WithAsStep21 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20, String arg21) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public WithAsStep22 withRecursive(String arg0, String arg1, String arg2, String arg3, String arg4,
      String arg5, String arg6, String arg7, String arg8, String arg9, String arg10, String arg11,
      String arg12, String arg13, String arg14, String arg15, String arg16, String arg17,
      String arg18, String arg19, String arg20, String arg21, String arg22) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public WithAsStep1 withRecursive(Name arg0, Name arg1) {
    return delegate().withRecursive(arg0, arg1);
  }

  @Override
  public WithAsStep2 withRecursive(Name arg0, Name arg1, Name arg2) {
    return delegate().withRecursive(arg0, arg1, arg2);
  }

  @Override
  public WithAsStep3 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3);
  }

  @Override
  public WithAsStep4 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public WithAsStep5 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public WithAsStep6 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public WithAsStep7 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public WithAsStep8 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public WithAsStep9 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4, Name arg5,
      Name arg6, Name arg7, Name arg8, Name arg9) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public WithAsStep10 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public WithAsStep11 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public WithAsStep12 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public WithAsStep13 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public WithAsStep14 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public WithAsStep15 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public WithAsStep16 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public WithAsStep17 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public WithAsStep18 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17, Name arg18) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public WithAsStep19 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public WithAsStep20 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19,
      Name arg20) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public WithAsStep21 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19,
      Name arg20, Name arg21) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public WithAsStep22 withRecursive(Name arg0, Name arg1, Name arg2, Name arg3, Name arg4,
      Name arg5, Name arg6, Name arg7, Name arg8, Name arg9, Name arg10, Name arg11, Name arg12,
      Name arg13, Name arg14, Name arg15, Name arg16, Name arg17, Name arg18, Name arg19,
      Name arg20, Name arg21, Name arg22) {
    return delegate().withRecursive(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public WithStep withRecursive(CommonTableExpression<?>... arg0) {
    return delegate().withRecursive(arg0);
  }

  @Override
  public WithStep withRecursive(Collection<? extends CommonTableExpression<?>> arg0) {
    return delegate().withRecursive(arg0);
  }

  @Override
  public <R extends Record> SelectWhereStep<R> selectFrom(TableLike<R> arg0) {
    return delegate().<R>selectFrom(arg0);
  }

  @Override
  public SelectWhereStep<Record> selectFrom(Name arg0) {
    return delegate().selectFrom(arg0);
  }

  @Override
  public SelectWhereStep<Record> selectFrom(SQL arg0) {
    return delegate().selectFrom(arg0);
  }

  @Override
  public SelectWhereStep<Record> selectFrom(String arg0) {
    return delegate().selectFrom(arg0);
  }

  @Override
  public SelectWhereStep<Record> selectFrom(String arg0, Object... arg1) {
    return delegate().selectFrom(arg0, arg1);
  }

  @Override
  public SelectWhereStep<Record> selectFrom(String arg0, QueryPart... arg1) {
    return delegate().selectFrom(arg0, arg1);
  }

  @Override
  public SelectSelectStep<Record> select(Collection<? extends SelectFieldOrAsterisk> arg0) {
    return delegate().select(arg0);
  }

  @Override
  public SelectSelectStep<Record> select(SelectFieldOrAsterisk... arg0) {
    return delegate().select(arg0);
  }

  @Override
  public <T1> SelectSelectStep<Record1<T1>> select(SelectField<T1> arg0) {
    return delegate().<T1>select(arg0);
  }

  @Override
  public <T1, T2> SelectSelectStep<Record2<T1, T2>> select(SelectField<T1> arg0,
      SelectField<T2> arg1) {
    return delegate().<T1, T2>select(arg0, arg1);
  }

  @Override
  public <T1, T2, T3> SelectSelectStep<Record3<T1, T2, T3>> select(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2) {
    return delegate().<T1, T2, T3>select(arg0, arg1, arg2);
  }

  @Override
  public <T1, T2, T3, T4> SelectSelectStep<Record4<T1, T2, T3, T4>> select(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3) {
    return delegate().<T1, T2, T3, T4>select(arg0, arg1, arg2, arg3);
  }

  @Override
  public <T1, T2, T3, T4, T5> SelectSelectStep<Record5<T1, T2, T3, T4, T5>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4) {
    return delegate().<T1, T2, T3, T4, T5>select(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6> SelectSelectStep<Record6<T1, T2, T3, T4, T5, T6>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5) {
    return delegate().<T1, T2, T3, T4, T5, T6>select(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7> SelectSelectStep<Record7<T1, T2, T3, T4, T5, T6, T7>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8> SelectSelectStep<Record8<T1, T2, T3, T4, T5, T6, T7, T8>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9> SelectSelectStep<Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> SelectSelectStep<Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> SelectSelectStep<Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> SelectSelectStep<Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> SelectSelectStep<Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> SelectSelectStep<Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> SelectSelectStep<Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> SelectSelectStep<Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> SelectSelectStep<Record17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> SelectSelectStep<Record18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> SelectSelectStep<Record19<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> SelectSelectStep<Record20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> SelectSelectStep<Record21<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> SelectSelectStep<Record22<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>> select(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20,
      SelectField<T22> arg21) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>select(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public SelectSelectStep<Record> selectDistinct(Collection<? extends SelectFieldOrAsterisk> arg0) {
    return delegate().selectDistinct(arg0);
  }

  @Override
  public SelectSelectStep<Record> selectDistinct(SelectFieldOrAsterisk... arg0) {
    return delegate().selectDistinct(arg0);
  }

  @Override
  public <T1> SelectSelectStep<Record1<T1>> selectDistinct(SelectField<T1> arg0) {
    return delegate().<T1>selectDistinct(arg0);
  }

  @Override
  public <T1, T2> SelectSelectStep<Record2<T1, T2>> selectDistinct(SelectField<T1> arg0,
      SelectField<T2> arg1) {
    return delegate().<T1, T2>selectDistinct(arg0, arg1);
  }

  @Override
  public <T1, T2, T3> SelectSelectStep<Record3<T1, T2, T3>> selectDistinct(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2) {
    return delegate().<T1, T2, T3>selectDistinct(arg0, arg1, arg2);
  }

  @Override
  public <T1, T2, T3, T4> SelectSelectStep<Record4<T1, T2, T3, T4>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3) {
    return delegate().<T1, T2, T3, T4>selectDistinct(arg0, arg1, arg2, arg3);
  }

  @Override
  public <T1, T2, T3, T4, T5> SelectSelectStep<Record5<T1, T2, T3, T4, T5>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4) {
    return delegate().<T1, T2, T3, T4, T5>selectDistinct(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6> SelectSelectStep<Record6<T1, T2, T3, T4, T5, T6>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5) {
    return delegate().<T1, T2, T3, T4, T5, T6>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7> SelectSelectStep<Record7<T1, T2, T3, T4, T5, T6, T7>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8> SelectSelectStep<Record8<T1, T2, T3, T4, T5, T6, T7, T8>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9> SelectSelectStep<Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> SelectSelectStep<Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> SelectSelectStep<Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> SelectSelectStep<Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> SelectSelectStep<Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> SelectSelectStep<Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> SelectSelectStep<Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> SelectSelectStep<Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> SelectSelectStep<Record17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> SelectSelectStep<Record18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> SelectSelectStep<Record19<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> SelectSelectStep<Record20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> SelectSelectStep<Record21<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> SelectSelectStep<Record22<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>> selectDistinct(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20,
      SelectField<T22> arg21) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>selectDistinct(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public SelectSelectStep<Record1<Integer>> selectZero() {
    return delegate().selectZero();
  }

  @Override
  public SelectSelectStep<Record1<Integer>> selectOne() {
    return delegate().selectOne();
  }

  @Override
  public SelectSelectStep<Record1<Integer>> selectCount() {
    return delegate().selectCount();
  }

  @Override
  public SelectQuery<Record> selectQuery() {
    return delegate().selectQuery();
  }

  @Override
  public <R extends Record> SelectQuery<R> selectQuery(TableLike<R> arg0) {
    return delegate().<R>selectQuery(arg0);
  }

  @Override
  public <R extends Record> InsertQuery<R> insertQuery(Table<R> arg0) {
    return delegate().<R>insertQuery(arg0);
  }

  @Override
  public <R extends Record> InsertSetStep<R> insertInto(Table<R> arg0) {
    return delegate().<R>insertInto(arg0);
  }

  @Override
  public <R extends Record, T1> InsertValuesStep1<R, T1> insertInto(Table<R> arg0, Field<T1> arg1) {
    return delegate().<R, T1>insertInto(arg0, arg1);
  }

  @Override
  public <R extends Record, T1, T2> InsertValuesStep2<R, T1, T2> insertInto(Table<R> arg0,
      Field<T1> arg1, Field<T2> arg2) {
    return delegate().<R, T1, T2>insertInto(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record, T1, T2, T3> InsertValuesStep3<R, T1, T2, T3> insertInto(Table<R> arg0,
      Field<T1> arg1, Field<T2> arg2, Field<T3> arg3) {
    return delegate().<R, T1, T2, T3>insertInto(arg0, arg1, arg2, arg3);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4> InsertValuesStep4<R, T1, T2, T3, T4> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4) {
    return delegate().<R, T1, T2, T3, T4>insertInto(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5> InsertValuesStep5<R, T1, T2, T3, T4, T5> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4,
      Field<T5> arg5) {
    return delegate().<R, T1, T2, T3, T4, T5>insertInto(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6> InsertValuesStep6<R, T1, T2, T3, T4, T5, T6> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6) {
    return delegate().<R, T1, T2, T3, T4, T5, T6>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7> InsertValuesStep7<R, T1, T2, T3, T4, T5, T6, T7> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8> InsertValuesStep8<R, T1, T2, T3, T4, T5, T6, T7, T8> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9> InsertValuesStep9<R, T1, T2, T3, T4, T5, T6, T7, T8, T9> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> InsertValuesStep10<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> InsertValuesStep11<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> InsertValuesStep12<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> InsertValuesStep13<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> InsertValuesStep14<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> InsertValuesStep15<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> InsertValuesStep16<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> InsertValuesStep17<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> InsertValuesStep18<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> InsertValuesStep19<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> InsertValuesStep20<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> InsertValuesStep21<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20,
      Field<T21> arg21) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> InsertValuesStep22<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> insertInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20,
      Field<T21> arg21, Field<T22> arg22) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>insertInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public <R extends Record> InsertValuesStepN<R> insertInto(Table<R> arg0, Field<?>... arg1) {
    return delegate().<R>insertInto(arg0, arg1);
  }

  @Override
  public <R extends Record> InsertValuesStepN<R> insertInto(Table<R> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().<R>insertInto(arg0, arg1);
  }

  @Override
  public <R extends Record> UpdateQuery<R> updateQuery(Table<R> arg0) {
    return delegate().<R>updateQuery(arg0);
  }

  @Override
  public <R extends Record> UpdateSetFirstStep<R> update(Table<R> arg0) {
    return delegate().<R>update(arg0);
  }

  @Override
  public <R extends Record> MergeUsingStep<R> mergeInto(Table<R> arg0) {
    return delegate().<R>mergeInto(arg0);
  }

  @Override
  public <R extends Record, T1> MergeKeyStep1<R, T1> mergeInto(Table<R> arg0, Field<T1> arg1) {
    return delegate().<R, T1>mergeInto(arg0, arg1);
  }

  @Override
  public <R extends Record, T1, T2> MergeKeyStep2<R, T1, T2> mergeInto(Table<R> arg0,
      Field<T1> arg1, Field<T2> arg2) {
    return delegate().<R, T1, T2>mergeInto(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record, T1, T2, T3> MergeKeyStep3<R, T1, T2, T3> mergeInto(Table<R> arg0,
      Field<T1> arg1, Field<T2> arg2, Field<T3> arg3) {
    return delegate().<R, T1, T2, T3>mergeInto(arg0, arg1, arg2, arg3);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4> MergeKeyStep4<R, T1, T2, T3, T4> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4) {
    return delegate().<R, T1, T2, T3, T4>mergeInto(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5> MergeKeyStep5<R, T1, T2, T3, T4, T5> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4,
      Field<T5> arg5) {
    return delegate().<R, T1, T2, T3, T4, T5>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6> MergeKeyStep6<R, T1, T2, T3, T4, T5, T6> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6) {
    return delegate().<R, T1, T2, T3, T4, T5, T6>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7> MergeKeyStep7<R, T1, T2, T3, T4, T5, T6, T7> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8> MergeKeyStep8<R, T1, T2, T3, T4, T5, T6, T7, T8> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9> MergeKeyStep9<R, T1, T2, T3, T4, T5, T6, T7, T8, T9> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> MergeKeyStep10<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> MergeKeyStep11<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> MergeKeyStep12<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> MergeKeyStep13<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> MergeKeyStep14<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> MergeKeyStep15<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> MergeKeyStep16<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> MergeKeyStep17<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> MergeKeyStep18<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> MergeKeyStep19<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> MergeKeyStep20<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> MergeKeyStep21<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20,
      Field<T21> arg21) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> MergeKeyStep22<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> mergeInto(
      Table<R> arg0, Field<T1> arg1, Field<T2> arg2, Field<T3> arg3, Field<T4> arg4, Field<T5> arg5,
      Field<T6> arg6, Field<T7> arg7, Field<T8> arg8, Field<T9> arg9, Field<T10> arg10,
      Field<T11> arg11, Field<T12> arg12, Field<T13> arg13, Field<T14> arg14, Field<T15> arg15,
      Field<T16> arg16, Field<T17> arg17, Field<T18> arg18, Field<T19> arg19, Field<T20> arg20,
      Field<T21> arg21, Field<T22> arg22) {
    return delegate().<R, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>mergeInto(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public <R extends Record> MergeKeyStepN<R> mergeInto(Table<R> arg0, Field<?>... arg1) {
    return delegate().<R>mergeInto(arg0, arg1);
  }

  @Override
  public <R extends Record> MergeKeyStepN<R> mergeInto(Table<R> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().<R>mergeInto(arg0, arg1);
  }

  @Override
  public <R extends Record> DeleteQuery<R> deleteQuery(Table<R> arg0) {
    return delegate().<R>deleteQuery(arg0);
  }

  @Override
  public <R extends Record> DeleteUsingStep<R> deleteFrom(Table<R> arg0) {
    return delegate().<R>deleteFrom(arg0);
  }

  @Override
  public <R extends Record> DeleteUsingStep<R> delete(Table<R> arg0) {
    return delegate().<R>delete(arg0);
  }

  @Override
  public void batched(BatchedRunnable arg0) {
    delegate().batched(arg0);
  }

  @Override
  public <T> T batchedResult(BatchedCallable<T> arg0) {
    return delegate().<T>batchedResult(arg0);
  }

  @Override
  public Batch batch(Query... arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public Batch batch(Queries arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public Batch batch(String... arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public Batch batch(Collection<? extends Query> arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public BatchBindStep batch(Query arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public BatchBindStep batch(String arg0) {
    return delegate().batch(arg0);
  }

  @Override
  public Batch batch(Query arg0, Object[]... arg1) {
    return delegate().batch(arg0, arg1);
  }

  @Override
  public Batch batch(String arg0, Object[]... arg1) {
    return delegate().batch(arg0, arg1);
  }

  @Override
  public Batch batchStore(UpdatableRecord<?>... arg0) {
    return delegate().batchStore(arg0);
  }

  @Override
  public Batch batchStore(Collection<? extends UpdatableRecord<?>> arg0) {
    return delegate().batchStore(arg0);
  }

  @Override
  public Batch batchInsert(TableRecord<?>... arg0) {
    return delegate().batchInsert(arg0);
  }

  @Override
  public Batch batchInsert(Collection<? extends TableRecord<?>> arg0) {
    return delegate().batchInsert(arg0);
  }

  @Override
  public Batch batchUpdate(UpdatableRecord<?>... arg0) {
    return delegate().batchUpdate(arg0);
  }

  @Override
  public Batch batchUpdate(Collection<? extends UpdatableRecord<?>> arg0) {
    return delegate().batchUpdate(arg0);
  }

  @Override
  public Batch batchMerge(UpdatableRecord<?>... arg0) {
    return delegate().batchMerge(arg0);
  }

  @Override
  public Batch batchMerge(Collection<? extends UpdatableRecord<?>> arg0) {
    return delegate().batchMerge(arg0);
  }

  @Override
  public Batch batchDelete(UpdatableRecord<?>... arg0) {
    return delegate().batchDelete(arg0);
  }

  @Override
  public Batch batchDelete(Collection<? extends UpdatableRecord<?>> arg0) {
    return delegate().batchDelete(arg0);
  }

  @Override
  public Queries ddl(Catalog arg0) {
    return delegate().ddl(arg0);
  }

  @Override
  public Queries ddl(Catalog arg0, DDLExportConfiguration arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Catalog arg0, DDLFlag... arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Schema arg0) {
    return delegate().ddl(arg0);
  }

  @Override
  public Queries ddl(Schema arg0, DDLExportConfiguration arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Schema arg0, DDLFlag... arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Table<?> arg0) {
    return delegate().ddl(arg0);
  }

  @Override
  public Queries ddl(Table<?> arg0, DDLExportConfiguration arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Table<?> arg0, DDLFlag... arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Table<?>... arg0) {
    return delegate().ddl(arg0);
  }

  @Override
  public Queries ddl(Table<?>[] arg0, DDLExportConfiguration arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Table<?>[] arg0, DDLFlag... arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Collection<? extends Table<?>> arg0) {
    return delegate().ddl(arg0);
  }

  @Override
  public Queries ddl(Collection<? extends Table<?>> arg0, DDLFlag... arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public Queries ddl(Collection<? extends Table<?>> arg0, DDLExportConfiguration arg1) {
    return delegate().ddl(arg0, arg1);
  }

  @Override
  public AlterDatabaseStep alterDatabase(String arg0) {
    return delegate().alterDatabase(arg0);
  }

  @Override
  public AlterDatabaseStep alterDatabase(Name arg0) {
    return delegate().alterDatabase(arg0);
  }

  @Override
  public AlterDatabaseStep alterDatabase(Catalog arg0) {
    return delegate().alterDatabase(arg0);
  }

  @Override
  public AlterDatabaseStep alterDatabaseIfExists(String arg0) {
    return delegate().alterDatabaseIfExists(arg0);
  }

  @Override
  public AlterDatabaseStep alterDatabaseIfExists(Name arg0) {
    return delegate().alterDatabaseIfExists(arg0);
  }

  @Override
  public AlterDatabaseStep alterDatabaseIfExists(Catalog arg0) {
    return delegate().alterDatabaseIfExists(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomain(String arg0) {
    return delegate().<T>alterDomain(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomain(Name arg0) {
    return delegate().<T>alterDomain(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomain(Domain<T> arg0) {
    return delegate().<T>alterDomain(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomainIfExists(String arg0) {
    return delegate().<T>alterDomainIfExists(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomainIfExists(Name arg0) {
    return delegate().<T>alterDomainIfExists(arg0);
  }

  @Override
  public <T> AlterDomainStep<T> alterDomainIfExists(Domain<T> arg0) {
    return delegate().<T>alterDomainIfExists(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndex(String arg0) {
    return delegate().alterIndex(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndex(Name arg0) {
    return delegate().alterIndex(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndex(Index arg0) {
    return delegate().alterIndex(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndexIfExists(String arg0) {
    return delegate().alterIndexIfExists(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndexIfExists(Name arg0) {
    return delegate().alterIndexIfExists(arg0);
  }

  @Override
  public AlterIndexOnStep alterIndexIfExists(Index arg0) {
    return delegate().alterIndexIfExists(arg0);
  }

  @Override
  public AlterSchemaStep alterSchema(String arg0) {
    return delegate().alterSchema(arg0);
  }

  @Override
  public AlterSchemaStep alterSchema(Name arg0) {
    return delegate().alterSchema(arg0);
  }

  @Override
  public AlterSchemaStep alterSchema(Schema arg0) {
    return delegate().alterSchema(arg0);
  }

  @Override
  public AlterSchemaStep alterSchemaIfExists(String arg0) {
    return delegate().alterSchemaIfExists(arg0);
  }

  @Override
  public AlterSchemaStep alterSchemaIfExists(Name arg0) {
    return delegate().alterSchemaIfExists(arg0);
  }

  @Override
  public AlterSchemaStep alterSchemaIfExists(Schema arg0) {
    return delegate().alterSchemaIfExists(arg0);
  }

  @Override
  public AlterSequenceStep<Number> alterSequence(String arg0) {
    return delegate().alterSequence(arg0);
  }

  @Override
  public AlterSequenceStep<Number> alterSequence(Name arg0) {
    return delegate().alterSequence(arg0);
  }

  @Override
  public <T extends Number> AlterSequenceStep<T> alterSequence(Sequence<T> arg0) {
    return delegate().<T>alterSequence(arg0);
  }

  @Override
  public AlterSequenceStep<Number> alterSequenceIfExists(String arg0) {
    return delegate().alterSequenceIfExists(arg0);
  }

  @Override
  public AlterSequenceStep<Number> alterSequenceIfExists(Name arg0) {
    return delegate().alterSequenceIfExists(arg0);
  }

  @Override
  public <T extends Number> AlterSequenceStep<T> alterSequenceIfExists(Sequence<T> arg0) {
    return delegate().<T>alterSequenceIfExists(arg0);
  }

  @Override
  public AlterTypeStep alterType(String arg0) {
    return delegate().alterType(arg0);
  }

  @Override
  public AlterTypeStep alterType(Name arg0) {
    return delegate().alterType(arg0);
  }

  @Override
  public AlterTypeStep alterTypeIfExists(String arg0) {
    return delegate().alterTypeIfExists(arg0);
  }

  @Override
  public AlterTypeStep alterTypeIfExists(Name arg0) {
    return delegate().alterTypeIfExists(arg0);
  }

  @Override
  public AlterViewStep alterView(String arg0) {
    return delegate().alterView(arg0);
  }

  @Override
  public AlterViewStep alterView(Name arg0) {
    return delegate().alterView(arg0);
  }

  @Override
  public AlterViewStep alterView(Table<?> arg0) {
    return delegate().alterView(arg0);
  }

  @Override
  public AlterViewStep alterViewIfExists(String arg0) {
    return delegate().alterViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterViewIfExists(Name arg0) {
    return delegate().alterViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterViewIfExists(Table<?> arg0) {
    return delegate().alterViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedView(String arg0) {
    return delegate().alterMaterializedView(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedView(Name arg0) {
    return delegate().alterMaterializedView(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedView(Table<?> arg0) {
    return delegate().alterMaterializedView(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedViewIfExists(String arg0) {
    return delegate().alterMaterializedViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedViewIfExists(Name arg0) {
    return delegate().alterMaterializedViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterMaterializedViewIfExists(Table<?> arg0) {
    return delegate().alterMaterializedViewIfExists(arg0);
  }

  @Override
  public AlterViewStep alterView(Table<?> arg0, Field<?>... arg1) {
    return delegate().alterView(arg0, arg1);
  }

  @Override
  public AlterViewStep alterView(Table<?> arg0, Collection<? extends Field<?>> arg1) {
    return delegate().alterView(arg0, arg1);
  }

  @Override
  public CommentOnIsStep commentOnTable(String arg0) {
    return delegate().commentOnTable(arg0);
  }

  @Override
  public CommentOnIsStep commentOnTable(Name arg0) {
    return delegate().commentOnTable(arg0);
  }

  @Override
  public CommentOnIsStep commentOnTable(Table<?> arg0) {
    return delegate().commentOnTable(arg0);
  }

  @Override
  public CommentOnIsStep commentOnView(String arg0) {
    return delegate().commentOnView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnView(Name arg0) {
    return delegate().commentOnView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnView(Table<?> arg0) {
    return delegate().commentOnView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnMaterializedView(String arg0) {
    return delegate().commentOnMaterializedView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnMaterializedView(Name arg0) {
    return delegate().commentOnMaterializedView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnMaterializedView(Table<?> arg0) {
    return delegate().commentOnMaterializedView(arg0);
  }

  @Override
  public CommentOnIsStep commentOnColumn(String arg0) {
    return delegate().commentOnColumn(arg0);
  }

  @Override
  public CommentOnIsStep commentOnColumn(Name arg0) {
    return delegate().commentOnColumn(arg0);
  }

  @Override
  public CommentOnIsStep commentOnColumn(Field<?> arg0) {
    return delegate().commentOnColumn(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabase(String arg0) {
    return delegate().createDatabase(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabase(Name arg0) {
    return delegate().createDatabase(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabase(Catalog arg0) {
    return delegate().createDatabase(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabaseIfNotExists(String arg0) {
    return delegate().createDatabaseIfNotExists(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabaseIfNotExists(Name arg0) {
    return delegate().createDatabaseIfNotExists(arg0);
  }

  @Override
  public CreateDatabaseFinalStep createDatabaseIfNotExists(Catalog arg0) {
    return delegate().createDatabaseIfNotExists(arg0);
  }

  @Override
  public CreateDomainAsStep createDomain(String arg0) {
    return delegate().createDomain(arg0);
  }

  @Override
  public CreateDomainAsStep createDomain(Name arg0) {
    return delegate().createDomain(arg0);
  }

  @Override
  public CreateDomainAsStep createDomain(Domain<?> arg0) {
    return delegate().createDomain(arg0);
  }

  @Override
  public CreateDomainAsStep createDomainIfNotExists(String arg0) {
    return delegate().createDomainIfNotExists(arg0);
  }

  @Override
  public CreateDomainAsStep createDomainIfNotExists(Name arg0) {
    return delegate().createDomainIfNotExists(arg0);
  }

  @Override
  public CreateDomainAsStep createDomainIfNotExists(Domain<?> arg0) {
    return delegate().createDomainIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createIndex(String arg0) {
    return delegate().createIndex(arg0);
  }

  @Override
  public CreateIndexStep createIndex(Name arg0) {
    return delegate().createIndex(arg0);
  }

  @Override
  public CreateIndexStep createIndex(Index arg0) {
    return delegate().createIndex(arg0);
  }

  @Override
  public CreateIndexStep createIndex() {
    return delegate().createIndex();
  }

  @Override
  public CreateIndexStep createIndexIfNotExists(String arg0) {
    return delegate().createIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createIndexIfNotExists(Name arg0) {
    return delegate().createIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createIndexIfNotExists(Index arg0) {
    return delegate().createIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createIndexIfNotExists() {
    return delegate().createIndexIfNotExists();
  }

  @Override
  public CreateIndexStep createUniqueIndex(String arg0) {
    return delegate().createUniqueIndex(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndex(Name arg0) {
    return delegate().createUniqueIndex(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndex(Index arg0) {
    return delegate().createUniqueIndex(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndex() {
    return delegate().createUniqueIndex();
  }

  @Override
  public CreateIndexStep createUniqueIndexIfNotExists(String arg0) {
    return delegate().createUniqueIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndexIfNotExists(Name arg0) {
    return delegate().createUniqueIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndexIfNotExists(Index arg0) {
    return delegate().createUniqueIndexIfNotExists(arg0);
  }

  @Override
  public CreateIndexStep createUniqueIndexIfNotExists() {
    return delegate().createUniqueIndexIfNotExists();
  }

  @Override
  public CreateTableElementListStep createTable(String arg0) {
    return delegate().createTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTable(Name arg0) {
    return delegate().createTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTable(Table<?> arg0) {
    return delegate().createTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTableIfNotExists(String arg0) {
    return delegate().createTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createTableIfNotExists(Name arg0) {
    return delegate().createTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createTableIfNotExists(Table<?> arg0) {
    return delegate().createTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTable(String arg0) {
    return delegate().createTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTable(Name arg0) {
    return delegate().createTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTable(Table<?> arg0) {
    return delegate().createTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTableIfNotExists(String arg0) {
    return delegate().createTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTableIfNotExists(Name arg0) {
    return delegate().createTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createTemporaryTableIfNotExists(Table<?> arg0) {
    return delegate().createTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTable(String arg0) {
    return delegate().createGlobalTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTable(Name arg0) {
    return delegate().createGlobalTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTable(Table<?> arg0) {
    return delegate().createGlobalTemporaryTable(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTableIfNotExists(String arg0) {
    return delegate().createGlobalTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTableIfNotExists(Name arg0) {
    return delegate().createGlobalTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateTableElementListStep createGlobalTemporaryTableIfNotExists(Table<?> arg0) {
    return delegate().createGlobalTemporaryTableIfNotExists(arg0);
  }

  @Override
  public CreateViewAsStep<Record> createView(String arg0, String... arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Name arg0, Name... arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Table<?> arg0, Field<?>... arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(String arg0, Collection<? extends String> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Name arg0, Collection<? extends Name> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Table<?> arg0, Collection<? extends Field<?>> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(String arg0, String... arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Name arg0, Name... arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Table<?> arg0, Field<?>... arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(String arg0,
      Collection<? extends String> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Name arg0,
      Collection<? extends Name> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Table<?> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(String arg0, String... arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Name arg0, Name... arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Table<?> arg0, Field<?>... arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(String arg0,
      Collection<? extends String> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Name arg0, Collection<? extends Name> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Table<?> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(String arg0, String... arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(Name arg0, Name... arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(Table<?> arg0, Field<?>... arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(String arg0,
      Collection<? extends String> arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(Name arg0,
      Collection<? extends Name> arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedView(Table<?> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().createMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(String arg0, String... arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(Name arg0, Name... arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(Table<?> arg0,
      Field<?>... arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(String arg0,
      Collection<? extends String> arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(Name arg0,
      Collection<? extends Name> arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createMaterializedViewIfNotExists(Table<?> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().createMaterializedViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(String arg0, String... arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(Name arg0, Name... arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(Table<?> arg0, Field<?>... arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(String arg0,
      Collection<? extends String> arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(Name arg0,
      Collection<? extends Name> arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceMaterializedView(Table<?> arg0,
      Collection<? extends Field<?>> arg1) {
    return delegate().createOrReplaceMaterializedView(arg0, arg1);
  }

  @Override
  public CreateTypeStep createType(String arg0) {
    return delegate().createType(arg0);
  }

  @Override
  public CreateTypeStep createType(Name arg0) {
    return delegate().createType(arg0);
  }

  @Override
  public CreateTypeStep createType(Type<?> arg0) {
    return delegate().createType(arg0);
  }

  @Override
  public CreateTypeStep createTypeIfNotExists(String arg0) {
    return delegate().createTypeIfNotExists(arg0);
  }

  @Override
  public CreateTypeStep createTypeIfNotExists(Name arg0) {
    return delegate().createTypeIfNotExists(arg0);
  }

  @Override
  public CreateTypeStep createTypeIfNotExists(Type<?> arg0) {
    return delegate().createTypeIfNotExists(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchema(String arg0) {
    return delegate().createSchema(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchema(Name arg0) {
    return delegate().createSchema(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchema(Schema arg0) {
    return delegate().createSchema(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchemaIfNotExists(String arg0) {
    return delegate().createSchemaIfNotExists(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchemaIfNotExists(Name arg0) {
    return delegate().createSchemaIfNotExists(arg0);
  }

  @Override
  public CreateSchemaFinalStep createSchemaIfNotExists(Schema arg0) {
    return delegate().createSchemaIfNotExists(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequence(String arg0) {
    return delegate().createSequence(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequence(Name arg0) {
    return delegate().createSequence(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequence(Sequence<?> arg0) {
    return delegate().createSequence(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequenceIfNotExists(String arg0) {
    return delegate().createSequenceIfNotExists(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequenceIfNotExists(Name arg0) {
    return delegate().createSequenceIfNotExists(arg0);
  }

  @Override
  public CreateSequenceFlagsStep createSequenceIfNotExists(Sequence<?> arg0) {
    return delegate().createSequenceIfNotExists(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabase(String arg0) {
    return delegate().dropDatabase(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabase(Name arg0) {
    return delegate().dropDatabase(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabase(Catalog arg0) {
    return delegate().dropDatabase(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabaseIfExists(String arg0) {
    return delegate().dropDatabaseIfExists(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabaseIfExists(Name arg0) {
    return delegate().dropDatabaseIfExists(arg0);
  }

  @Override
  public DropDatabaseFinalStep dropDatabaseIfExists(Catalog arg0) {
    return delegate().dropDatabaseIfExists(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomain(String arg0) {
    return delegate().dropDomain(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomain(Name arg0) {
    return delegate().dropDomain(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomain(Domain<?> arg0) {
    return delegate().dropDomain(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomainIfExists(String arg0) {
    return delegate().dropDomainIfExists(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomainIfExists(Name arg0) {
    return delegate().dropDomainIfExists(arg0);
  }

  @Override
  public DropDomainCascadeStep dropDomainIfExists(Domain<?> arg0) {
    return delegate().dropDomainIfExists(arg0);
  }

  @Override
  public DropIndexOnStep dropIndex(String arg0) {
    return delegate().dropIndex(arg0);
  }

  @Override
  public DropIndexOnStep dropIndex(Name arg0) {
    return delegate().dropIndex(arg0);
  }

  @Override
  public DropIndexOnStep dropIndex(Index arg0) {
    return delegate().dropIndex(arg0);
  }

  @Override
  public DropIndexOnStep dropIndexIfExists(String arg0) {
    return delegate().dropIndexIfExists(arg0);
  }

  @Override
  public DropIndexOnStep dropIndexIfExists(Name arg0) {
    return delegate().dropIndexIfExists(arg0);
  }

  @Override
  public DropIndexOnStep dropIndexIfExists(Index arg0) {
    return delegate().dropIndexIfExists(arg0);
  }

  @Override
  public DropSchemaStep dropSchema(String arg0) {
    return delegate().dropSchema(arg0);
  }

  @Override
  public DropSchemaStep dropSchema(Name arg0) {
    return delegate().dropSchema(arg0);
  }

  @Override
  public DropSchemaStep dropSchema(Schema arg0) {
    return delegate().dropSchema(arg0);
  }

  @Override
  public DropSchemaStep dropSchemaIfExists(String arg0) {
    return delegate().dropSchemaIfExists(arg0);
  }

  @Override
  public DropSchemaStep dropSchemaIfExists(Name arg0) {
    return delegate().dropSchemaIfExists(arg0);
  }

  @Override
  public DropSchemaStep dropSchemaIfExists(Schema arg0) {
    return delegate().dropSchemaIfExists(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequence(String arg0) {
    return delegate().dropSequence(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequence(Name arg0) {
    return delegate().dropSequence(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequence(Sequence<?> arg0) {
    return delegate().dropSequence(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequenceIfExists(String arg0) {
    return delegate().dropSequenceIfExists(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequenceIfExists(Name arg0) {
    return delegate().dropSequenceIfExists(arg0);
  }

  @Override
  public DropSequenceFinalStep dropSequenceIfExists(Sequence<?> arg0) {
    return delegate().dropSequenceIfExists(arg0);
  }

  @Override
  public DropTableStep dropTable(String arg0) {
    return delegate().dropTable(arg0);
  }

  @Override
  public DropTableStep dropTable(Name arg0) {
    return delegate().dropTable(arg0);
  }

  @Override
  public DropTableStep dropTable(Table<?> arg0) {
    return delegate().dropTable(arg0);
  }

  @Override
  public DropTableStep dropTableIfExists(String arg0) {
    return delegate().dropTableIfExists(arg0);
  }

  @Override
  public DropTableStep dropTableIfExists(Name arg0) {
    return delegate().dropTableIfExists(arg0);
  }

  @Override
  public DropTableStep dropTableIfExists(Table<?> arg0) {
    return delegate().dropTableIfExists(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTable(String arg0) {
    return delegate().dropTemporaryTable(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTable(Name arg0) {
    return delegate().dropTemporaryTable(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTable(Table<?> arg0) {
    return delegate().dropTemporaryTable(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTableIfExists(String arg0) {
    return delegate().dropTemporaryTableIfExists(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTableIfExists(Name arg0) {
    return delegate().dropTemporaryTableIfExists(arg0);
  }

  @Override
  public DropTableStep dropTemporaryTableIfExists(Table<?> arg0) {
    return delegate().dropTemporaryTableIfExists(arg0);
  }

  @Override
  public DropTypeStep dropType(String arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(Name arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(Type<?> arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(String... arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(Name... arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(Type<?>... arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropType(Collection<? extends Type<?>> arg0) {
    return delegate().dropType(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(String arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(Name arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(Type<?> arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(String... arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(Name... arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(Type<?>... arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropTypeStep dropTypeIfExists(Collection<? extends Type<?>> arg0) {
    return delegate().dropTypeIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropView(String arg0) {
    return delegate().dropView(arg0);
  }

  @Override
  public DropViewFinalStep dropView(Name arg0) {
    return delegate().dropView(arg0);
  }

  @Override
  public DropViewFinalStep dropView(Table<?> arg0) {
    return delegate().dropView(arg0);
  }

  @Override
  public DropViewFinalStep dropViewIfExists(String arg0) {
    return delegate().dropViewIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropViewIfExists(Name arg0) {
    return delegate().dropViewIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropViewIfExists(Table<?> arg0) {
    return delegate().dropViewIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedView(String arg0) {
    return delegate().dropMaterializedView(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedView(Name arg0) {
    return delegate().dropMaterializedView(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedView(Table<?> arg0) {
    return delegate().dropMaterializedView(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedViewIfExists(String arg0) {
    return delegate().dropMaterializedViewIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedViewIfExists(Name arg0) {
    return delegate().dropMaterializedViewIfExists(arg0);
  }

  @Override
  public DropViewFinalStep dropMaterializedViewIfExists(Table<?> arg0) {
    return delegate().dropMaterializedViewIfExists(arg0);
  }

  @Override
  public GrantOnStep grant(Privilege arg0) {
    return delegate().grant(arg0);
  }

  @Override
  public GrantOnStep grant(Privilege... arg0) {
    return delegate().grant(arg0);
  }

  @Override
  public GrantOnStep grant(Collection<? extends Privilege> arg0) {
    return delegate().grant(arg0);
  }

  @Override
  public RevokeOnStep revoke(Privilege arg0) {
    return delegate().revoke(arg0);
  }

  @Override
  public RevokeOnStep revoke(Privilege... arg0) {
    return delegate().revoke(arg0);
  }

  @Override
  public RevokeOnStep revoke(Collection<? extends Privilege> arg0) {
    return delegate().revoke(arg0);
  }

  @Override
  public RevokeOnStep revokeGrantOptionFor(Privilege arg0) {
    return delegate().revokeGrantOptionFor(arg0);
  }

  @Override
  public RevokeOnStep revokeGrantOptionFor(Privilege... arg0) {
    return delegate().revokeGrantOptionFor(arg0);
  }

  @Override
  public RevokeOnStep revokeGrantOptionFor(Collection<? extends Privilege> arg0) {
    return delegate().revokeGrantOptionFor(arg0);
  }

  @Override
  public RowCountQuery set(String arg0, Param<?> arg1) {
    return delegate().set(arg0, arg1);
  }

  @Override
  public RowCountQuery set(Name arg0, Param<?> arg1) {
    return delegate().set(arg0, arg1);
  }

  @Override
  public RowCountQuery setLocal(String arg0, Param<?> arg1) {
    return delegate().setLocal(arg0, arg1);
  }

  @Override
  public RowCountQuery setLocal(Name arg0, Param<?> arg1) {
    return delegate().setLocal(arg0, arg1);
  }

  @Override
  public RowCountQuery setCatalog(String arg0) {
    return delegate().setCatalog(arg0);
  }

  @Override
  public RowCountQuery setCatalog(Name arg0) {
    return delegate().setCatalog(arg0);
  }

  @Override
  public RowCountQuery setCatalog(Catalog arg0) {
    return delegate().setCatalog(arg0);
  }

  @Override
  public RowCountQuery setSchema(String arg0) {
    return delegate().setSchema(arg0);
  }

  @Override
  public RowCountQuery setSchema(Name arg0) {
    return delegate().setSchema(arg0);
  }

  @Override
  public RowCountQuery setSchema(Schema arg0) {
    return delegate().setSchema(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(String arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(Name arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public <R extends Record> TruncateIdentityStep<R> truncate(Table<R> arg0) {
    return delegate().<R>truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(String... arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(Name... arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(Table<?>... arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncate(Collection<? extends Table<?>> arg0) {
    return delegate().truncate(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(String arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(Name arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public <R extends Record> TruncateIdentityStep<R> truncateTable(Table<R> arg0) {
    return delegate().<R>truncateTable(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(String... arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(Name... arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(Table<?>... arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public TruncateIdentityStep<Record> truncateTable(Collection<? extends Table<?>> arg0) {
    return delegate().truncateTable(arg0);
  }

  @Override
  public Query startTransaction() {
    return delegate().startTransaction();
  }

  @Override
  public Query savepoint(String arg0) {
    return delegate().savepoint(arg0);
  }

  @Override
  public Query savepoint(Name arg0) {
    return delegate().savepoint(arg0);
  }

  @Override
  public Query releaseSavepoint(String arg0) {
    return delegate().releaseSavepoint(arg0);
  }

  @Override
  public Query releaseSavepoint(Name arg0) {
    return delegate().releaseSavepoint(arg0);
  }

  @Override
  public Query commit() {
    return delegate().commit();
  }

  @Override
  public RollbackToSavepointStep rollback() {
    return delegate().rollback();
  }

  @Override
  public CreateViewAsStep<Record> createView(String arg0,
      Function<? super Field<?>, ? extends String> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(String arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends String> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Name arg0,
      Function<? super Field<?>, ? extends Name> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Name arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Name> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Table<?> arg0,
      Function<? super Field<?>, ? extends Field<?>> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createView(Table<?> arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Field<?>> arg1) {
    return delegate().createView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(String arg0,
      Function<? super Field<?>, ? extends String> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(String arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends String> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Name arg0,
      Function<? super Field<?>, ? extends Name> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Name arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Name> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Table<?> arg0,
      Function<? super Field<?>, ? extends Field<?>> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createOrReplaceView(Table<?> arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Field<?>> arg1) {
    return delegate().createOrReplaceView(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(String arg0,
      Function<? super Field<?>, ? extends String> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(String arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends String> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Name arg0,
      Function<? super Field<?>, ? extends Name> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Name arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Name> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Table<?> arg0,
      Function<? super Field<?>, ? extends Field<?>> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public CreateViewAsStep<Record> createViewIfNotExists(Table<?> arg0,
      BiFunction<? super Field<?>, ? super Integer, ? extends Field<?>> arg1) {
    return delegate().createViewIfNotExists(arg0, arg1);
  }

  @Override
  public AlterTableStep alterTable(String arg0) {
    return delegate().alterTable(arg0);
  }

  @Override
  public AlterTableStep alterTable(Name arg0) {
    return delegate().alterTable(arg0);
  }

  @Override
  public AlterTableStep alterTable(Table<?> arg0) {
    return delegate().alterTable(arg0);
  }

  @Override
  public AlterTableStep alterTableIfExists(String arg0) {
    return delegate().alterTableIfExists(arg0);
  }

  @Override
  public AlterTableStep alterTableIfExists(Name arg0) {
    return delegate().alterTableIfExists(arg0);
  }

  @Override
  public AlterTableStep alterTableIfExists(Table<?> arg0) {
    return delegate().alterTableIfExists(arg0);
  }

  @Override
  public BigInteger lastID() throws DataAccessException {
    return delegate().lastID();
  }

  @Override
  public BigInteger nextval(String arg0) throws DataAccessException {
    return delegate().nextval(arg0);
  }

  @Override
  public BigInteger nextval(Name arg0) throws DataAccessException {
    return delegate().nextval(arg0);
  }

  @Override
  public <T extends Number> T nextval(Sequence<T> arg0) throws DataAccessException {
    return delegate().<T>nextval(arg0);
  }

  @Override
  public <T extends Number> List<T> nextvals(Sequence<T> arg0, int arg1) throws
      DataAccessException {
    return delegate().<T>nextvals(arg0, arg1);
  }

  @Override
  public BigInteger currval(String arg0) throws DataAccessException {
    return delegate().currval(arg0);
  }

  @Override
  public BigInteger currval(Name arg0) throws DataAccessException {
    return delegate().currval(arg0);
  }

  @Override
  public <T extends Number> T currval(Sequence<T> arg0) throws DataAccessException {
    return delegate().<T>currval(arg0);
  }

  @Override
  public <R extends UDTRecord<R>> R newRecord(UDT<R> arg0) {
    return delegate().<R>newRecord(arg0);
  }

  @Override
  public <R extends Record> R newRecord(Table<R> arg0) {
    return delegate().<R>newRecord(arg0);
  }

  @Override
  public <R extends Record> R newRecord(Table<R> arg0, Object arg1) {
    return delegate().<R>newRecord(arg0, arg1);
  }

  @Override
  public Record newRecord(Field<?>... arg0) {
    return delegate().newRecord(arg0);
  }

  @Override
  public Record newRecord(Collection<? extends Field<?>> arg0) {
    return delegate().newRecord(arg0);
  }

  @Override
  public <T1> Record1<T1> newRecord(Field<T1> arg0) {
    return delegate().<T1>newRecord(arg0);
  }

  @Override
  public <T1, T2> Record2<T1, T2> newRecord(Field<T1> arg0, Field<T2> arg1) {
    return delegate().<T1, T2>newRecord(arg0, arg1);
  }

  @Override
  public <T1, T2, T3> Record3<T1, T2, T3> newRecord(Field<T1> arg0, Field<T2> arg1,
      Field<T3> arg2) {
    return delegate().<T1, T2, T3>newRecord(arg0, arg1, arg2);
  }

  @Override
  public <T1, T2, T3, T4> Record4<T1, T2, T3, T4> newRecord(Field<T1> arg0, Field<T2> arg1,
      Field<T3> arg2, Field<T4> arg3) {
    return delegate().<T1, T2, T3, T4>newRecord(arg0, arg1, arg2, arg3);
  }

  @Override
  public <T1, T2, T3, T4, T5> Record5<T1, T2, T3, T4, T5> newRecord(Field<T1> arg0, Field<T2> arg1,
      Field<T3> arg2, Field<T4> arg3, Field<T5> arg4) {
    return delegate().<T1, T2, T3, T4, T5>newRecord(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6> Record6<T1, T2, T3, T4, T5, T6> newRecord(Field<T1> arg0,
      Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4, Field<T6> arg5) {
    return delegate().<T1, T2, T3, T4, T5, T6>newRecord(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7> Record7<T1, T2, T3, T4, T5, T6, T7> newRecord(Field<T1> arg0,
      Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4, Field<T6> arg5,
      Field<T7> arg6) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8> Record8<T1, T2, T3, T4, T5, T6, T7, T8> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9> Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> Record17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> Record18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> Record19<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> Record20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> Record21<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19,
      Field<T21> arg20) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> Record22<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> newRecord(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19,
      Field<T21> arg20, Field<T22> arg21) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>newRecord(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record> Result<R> newResult(Table<R> arg0) {
    return delegate().<R>newResult(arg0);
  }

  @Override
  public Result<Record> newResult(Field<?>... arg0) {
    return delegate().newResult(arg0);
  }

  @Override
  public Result<Record> newResult(Collection<? extends Field<?>> arg0) {
    return delegate().newResult(arg0);
  }

  @Override
  public <T1> Result<Record1<T1>> newResult(Field<T1> arg0) {
    return delegate().<T1>newResult(arg0);
  }

  @Override
  public <T1, T2> Result<Record2<T1, T2>> newResult(Field<T1> arg0, Field<T2> arg1) {
    return delegate().<T1, T2>newResult(arg0, arg1);
  }

  @Override
  public <T1, T2, T3> Result<Record3<T1, T2, T3>> newResult(Field<T1> arg0, Field<T2> arg1,
      Field<T3> arg2) {
    return delegate().<T1, T2, T3>newResult(arg0, arg1, arg2);
  }

  @Override
  public <T1, T2, T3, T4> Result<Record4<T1, T2, T3, T4>> newResult(Field<T1> arg0, Field<T2> arg1,
      Field<T3> arg2, Field<T4> arg3) {
    return delegate().<T1, T2, T3, T4>newResult(arg0, arg1, arg2, arg3);
  }

  @Override
  public <T1, T2, T3, T4, T5> Result<Record5<T1, T2, T3, T4, T5>> newResult(Field<T1> arg0,
      Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4) {
    return delegate().<T1, T2, T3, T4, T5>newResult(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6> Result<Record6<T1, T2, T3, T4, T5, T6>> newResult(Field<T1> arg0,
      Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4, Field<T6> arg5) {
    return delegate().<T1, T2, T3, T4, T5, T6>newResult(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7> Result<Record7<T1, T2, T3, T4, T5, T6, T7>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8> Result<Record8<T1, T2, T3, T4, T5, T6, T7, T8>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9> Result<Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> Result<Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> Result<Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> Result<Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> Result<Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> Result<Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> Result<Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> Result<Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> Result<Record17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> Result<Record18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> Result<Record19<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> Result<Record20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> Result<Record21<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19,
      Field<T21> arg20) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> Result<Record22<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>> newResult(
      Field<T1> arg0, Field<T2> arg1, Field<T3> arg2, Field<T4> arg3, Field<T5> arg4,
      Field<T6> arg5, Field<T7> arg6, Field<T8> arg7, Field<T9> arg8, Field<T10> arg9,
      Field<T11> arg10, Field<T12> arg11, Field<T13> arg12, Field<T14> arg13, Field<T15> arg14,
      Field<T16> arg15, Field<T17> arg16, Field<T18> arg17, Field<T19> arg18, Field<T20> arg19,
      Field<T21> arg20, Field<T22> arg21) {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>newResult(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record> Result<R> fetch(ResultQuery<R> arg0) throws DataAccessException {
    return delegate().<R>fetch(arg0);
  }

  @Override
  public <R extends Record> Cursor<R> fetchLazy(ResultQuery<R> arg0) throws DataAccessException {
    return delegate().<R>fetchLazy(arg0);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(ResultQuery<R> arg0) {
    return delegate().<R>fetchAsync(arg0);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Executor arg0,
      ResultQuery<R> arg1) {
    return delegate().<R>fetchAsync(arg0, arg1);
  }

  @Override
  public <R extends Record> Stream<R> fetchStream(ResultQuery<R> arg0) throws DataAccessException {
    return delegate().<R>fetchStream(arg0);
  }

  @Override
  public <R extends Record> Results fetchMany(ResultQuery<R> arg0) throws DataAccessException {
    return delegate().<R>fetchMany(arg0);
  }

  @Override
  public <R extends Record> R fetchOne(ResultQuery<R> arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().<R>fetchOne(arg0);
  }

  @Override
  public <R extends Record> R fetchSingle(ResultQuery<R> arg0) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0);
  }

  @Override
  public <R extends Record> Optional<R> fetchOptional(ResultQuery<R> arg0) throws
      DataAccessException, TooManyRowsException {
    return delegate().<R>fetchOptional(arg0);
  }

  @Override
  public <T> T fetchValue(Table<? extends Record1<T>> arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().<T>fetchValue(arg0);
  }

  @Override
  public <T, R extends Record1<T>> T fetchValue(ResultQuery<R> arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().<T, R>fetchValue(arg0);
  }

  @Override
  public <T> T fetchValue(TableField<?, T> arg0) throws DataAccessException, TooManyRowsException {
    return delegate().<T>fetchValue(arg0);
  }

  @Override
  public <T> T fetchValue(TableField<?, T> arg0, Condition arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().<T>fetchValue(arg0, arg1);
  }

  @Override
  public <T> T fetchValue(SelectField<T> arg0) throws DataAccessException {
    return delegate().<T>fetchValue(arg0);
  }

  @Override
  public <T, R extends Record1<T>> Optional<T> fetchOptionalValue(ResultQuery<R> arg0) throws
      DataAccessException, TooManyRowsException, InvalidResultException {
    return delegate().<T, R>fetchOptionalValue(arg0);
  }

  @Override
  public <T> Optional<T> fetchOptionalValue(TableField<?, T> arg0) throws DataAccessException,
      TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchOptionalValue(arg0);
  }

  @Override
  public <T> Optional<T> fetchOptionalValue(TableField<?, T> arg0, Condition arg1) throws
      DataAccessException, TooManyRowsException, InvalidResultException {
    return delegate().<T>fetchOptionalValue(arg0, arg1);
  }

  @Override
  public <T> List<T> fetchValues(Table<? extends Record1<T>> arg0) throws DataAccessException {
    return delegate().<T>fetchValues(arg0);
  }

  @Override
  public <T, R extends Record1<T>> List<T> fetchValues(ResultQuery<R> arg0) throws
      DataAccessException {
    return delegate().<T, R>fetchValues(arg0);
  }

  @Override
  public <T> List<T> fetchValues(TableField<?, T> arg0) throws DataAccessException {
    return delegate().<T>fetchValues(arg0);
  }

  @Override
  public <T> List<T> fetchValues(TableField<?, T> arg0, Condition arg1) throws DataAccessException {
    return delegate().<T>fetchValues(arg0, arg1);
  }

  @Override
  public <K, V> Map<K, V> fetchMap(ResultQuery<? extends Record2<K, V>> arg0) throws
      DataAccessException {
    return delegate().<K, V>fetchMap(arg0);
  }

  @Override
  public <K, V> Map<K, List<V>> fetchGroups(ResultQuery<? extends Record2<K, V>> arg0) throws
      DataAccessException {
    return delegate().<K, V>fetchGroups(arg0);
  }

  @Override
  public <R extends TableRecord<R>> Result<R> fetchByExample(R arg0) throws DataAccessException {
    return delegate().<R>fetchByExample(arg0);
  }

  @Override
  public int fetchCount(Select<?> arg0) throws DataAccessException {
    return delegate().fetchCount(arg0);
  }

  @Override
  public int fetchCount(Table<?> arg0) throws DataAccessException {
    return delegate().fetchCount(arg0);
  }

  @Override
  public int fetchCount(Table<?> arg0, Condition arg1) throws DataAccessException {
    return delegate().fetchCount(arg0, arg1);
  }

  @Override
  public int fetchCount(Table<?> arg0, Condition... arg1) throws DataAccessException {
    return delegate().fetchCount(arg0, arg1);
  }

  @Override
  public int fetchCount(Table<?> arg0, Collection<? extends Condition> arg1) throws
      DataAccessException {
    return delegate().fetchCount(arg0, arg1);
  }

  @Override
  public boolean fetchExists(Select<?> arg0) throws DataAccessException {
    return delegate().fetchExists(arg0);
  }

  @Override
  public boolean fetchExists(Table<?> arg0) throws DataAccessException {
    return delegate().fetchExists(arg0);
  }

  @Override
  public boolean fetchExists(Table<?> arg0, Condition arg1) throws DataAccessException {
    return delegate().fetchExists(arg0, arg1);
  }

  @Override
  public boolean fetchExists(Table<?> arg0, Condition... arg1) throws DataAccessException {
    return delegate().fetchExists(arg0, arg1);
  }

  @Override
  public boolean fetchExists(Table<?> arg0, Collection<? extends Condition> arg1) throws
      DataAccessException {
    return delegate().fetchExists(arg0, arg1);
  }

  @Override
  public int execute(Query arg0) throws DataAccessException {
    return delegate().execute(arg0);
  }

  @Override
  public <R extends Record> Result<R> fetch(Table<R> arg0) throws DataAccessException {
    return delegate().<R>fetch(arg0);
  }

  @Override
  public <R extends Record> Result<R> fetch(Table<R> arg0, Condition arg1) throws
      DataAccessException {
    return delegate().<R>fetch(arg0, arg1);
  }

  @Override
  public <R extends Record> Result<R> fetch(Table<R> arg0, Condition... arg1) throws
      DataAccessException {
    return delegate().<R>fetch(arg0, arg1);
  }

  @Override
  public <R extends Record> Result<R> fetch(Table<R> arg0, Collection<? extends Condition> arg1)
      throws DataAccessException {
    return delegate().<R>fetch(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchOne(Table<R> arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().<R>fetchOne(arg0);
  }

  @Override
  public <R extends Record> R fetchOne(Table<R> arg0, Condition arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().<R>fetchOne(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchOne(Table<R> arg0, Condition... arg1) throws DataAccessException,
      TooManyRowsException {
    return delegate().<R>fetchOne(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchOne(Table<R> arg0, Collection<? extends Condition> arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().<R>fetchOne(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition... arg1) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Collection<? extends Condition> arg1)
      throws DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1);
  }

  @Override
  public Record fetchSingle(SelectField<?>... arg0) throws DataAccessException {
    return delegate().fetchSingle(arg0);
  }

  @Override
  public Record fetchSingle(Collection<? extends SelectField<?>> arg0) throws DataAccessException {
    return delegate().fetchSingle(arg0);
  }

  @Override
  public <T1> Record1<T1> fetchSingle(SelectField<T1> arg0) throws DataAccessException {
    return delegate().<T1>fetchSingle(arg0);
  }

  @Override
  public <T1, T2> Record2<T1, T2> fetchSingle(SelectField<T1> arg0, SelectField<T2> arg1) throws
      DataAccessException {
    return delegate().<T1, T2>fetchSingle(arg0, arg1);
  }

  @Override
  public <T1, T2, T3> Record3<T1, T2, T3> fetchSingle(SelectField<T1> arg0, SelectField<T2> arg1,
      SelectField<T3> arg2) throws DataAccessException {
    return delegate().<T1, T2, T3>fetchSingle(arg0, arg1, arg2);
  }

  @Override
  public <T1, T2, T3, T4> Record4<T1, T2, T3, T4> fetchSingle(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3) throws DataAccessException {
    return delegate().<T1, T2, T3, T4>fetchSingle(arg0, arg1, arg2, arg3);
  }

  @Override
  public <T1, T2, T3, T4, T5> Record5<T1, T2, T3, T4, T5> fetchSingle(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3, SelectField<T5> arg4) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5>fetchSingle(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6> Record6<T1, T2, T3, T4, T5, T6> fetchSingle(SelectField<T1> arg0,
      SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3, SelectField<T5> arg4,
      SelectField<T6> arg5) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7> Record7<T1, T2, T3, T4, T5, T6, T7> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8> Record8<T1, T2, T3, T4, T5, T6, T7, T8> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9> Record9<T1, T2, T3, T4, T5, T6, T7, T8, T9> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> Record10<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> Record11<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> Record12<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11)
      throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> Record13<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> Record14<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> Record15<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> Record16<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> Record17<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> Record18<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> Record19<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> Record20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> Record21<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20) throws
      DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> Record22<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> fetchSingle(
      SelectField<T1> arg0, SelectField<T2> arg1, SelectField<T3> arg2, SelectField<T4> arg3,
      SelectField<T5> arg4, SelectField<T6> arg5, SelectField<T7> arg6, SelectField<T8> arg7,
      SelectField<T9> arg8, SelectField<T10> arg9, SelectField<T11> arg10, SelectField<T12> arg11,
      SelectField<T13> arg12, SelectField<T14> arg13, SelectField<T15> arg14,
      SelectField<T16> arg15, SelectField<T17> arg16, SelectField<T18> arg17,
      SelectField<T19> arg18, SelectField<T20> arg19, SelectField<T21> arg20,
      SelectField<T22> arg21) throws DataAccessException {
    return delegate().<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3) throws DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8) throws DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13) throws DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17,
      Condition arg18) throws DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17,
      Condition arg18, Condition arg19) throws DataAccessException, NoDataFoundException,
      TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17,
      Condition arg18, Condition arg19, Condition arg20) throws DataAccessException,
      NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17,
      Condition arg18, Condition arg19, Condition arg20, Condition arg21) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21);
  }

  @Override
  public <R extends Record> R fetchSingle(Table<R> arg0, Condition arg1, Condition arg2,
      Condition arg3, Condition arg4, Condition arg5, Condition arg6, Condition arg7,
      Condition arg8, Condition arg9, Condition arg10, Condition arg11, Condition arg12,
      Condition arg13, Condition arg14, Condition arg15, Condition arg16, Condition arg17,
      Condition arg18, Condition arg19, Condition arg20, Condition arg21, Condition arg22) throws
      DataAccessException, NoDataFoundException, TooManyRowsException {
    return delegate().<R>fetchSingle(arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12, arg13, arg14, arg15, arg16, arg17, arg18, arg19, arg20, arg21, arg22);
  }

  @Override
  public <R extends Record> Optional<R> fetchOptional(Table<R> arg0) throws DataAccessException,
      TooManyRowsException {
    return delegate().<R>fetchOptional(arg0);
  }

  @Override
  public <R extends Record> Optional<R> fetchOptional(Table<R> arg0, Condition arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().<R>fetchOptional(arg0, arg1);
  }

  @Override
  public <R extends Record> Optional<R> fetchOptional(Table<R> arg0, Condition... arg1) throws
      DataAccessException, TooManyRowsException {
    return delegate().<R>fetchOptional(arg0, arg1);
  }

  @Override
  public <R extends Record> Optional<R> fetchOptional(Table<R> arg0,
      Collection<? extends Condition> arg1) throws DataAccessException, TooManyRowsException {
    return delegate().<R>fetchOptional(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchAny(Table<R> arg0) throws DataAccessException {
    return delegate().<R>fetchAny(arg0);
  }

  @Override
  public <R extends Record> R fetchAny(Table<R> arg0, Condition arg1) throws DataAccessException {
    return delegate().<R>fetchAny(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchAny(Table<R> arg0, Condition... arg1) throws
      DataAccessException {
    return delegate().<R>fetchAny(arg0, arg1);
  }

  @Override
  public <R extends Record> R fetchAny(Table<R> arg0, Collection<? extends Condition> arg1) throws
      DataAccessException {
    return delegate().<R>fetchAny(arg0, arg1);
  }

  @Override
  public <R extends Record> Cursor<R> fetchLazy(Table<R> arg0) throws DataAccessException {
    return delegate().<R>fetchLazy(arg0);
  }

  @Override
  public <R extends Record> Cursor<R> fetchLazy(Table<R> arg0, Condition arg1) throws
      DataAccessException {
    return delegate().<R>fetchLazy(arg0, arg1);
  }

  @Override
  public <R extends Record> Cursor<R> fetchLazy(Table<R> arg0, Condition... arg1) throws
      DataAccessException {
    return delegate().<R>fetchLazy(arg0, arg1);
  }

  @Override
  public <R extends Record> Cursor<R> fetchLazy(Table<R> arg0, Collection<? extends Condition> arg1)
      throws DataAccessException {
    return delegate().<R>fetchLazy(arg0, arg1);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Table<R> arg0) {
    return delegate().<R>fetchAsync(arg0);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Table<R> arg0, Condition arg1) {
    return delegate().<R>fetchAsync(arg0, arg1);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Table<R> arg0,
      Condition... arg1) {
    return delegate().<R>fetchAsync(arg0, arg1);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Table<R> arg0,
      Collection<? extends Condition> arg1) {
    return delegate().<R>fetchAsync(arg0, arg1);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Executor arg0, Table<R> arg1) {
    return delegate().<R>fetchAsync(arg0, arg1);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Executor arg0, Table<R> arg1,
      Condition arg2) {
    return delegate().<R>fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Executor arg0, Table<R> arg1,
      Condition... arg2) {
    return delegate().<R>fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record> CompletionStage<Result<R>> fetchAsync(Executor arg0, Table<R> arg1,
      Collection<? extends Condition> arg2) {
    return delegate().<R>fetchAsync(arg0, arg1, arg2);
  }

  @Override
  public <R extends Record> Stream<R> fetchStream(Table<R> arg0) throws DataAccessException {
    return delegate().<R>fetchStream(arg0);
  }

  @Override
  public <R extends Record> Stream<R> fetchStream(Table<R> arg0, Condition arg1) throws
      DataAccessException {
    return delegate().<R>fetchStream(arg0, arg1);
  }

  @Override
  public <R extends Record> Stream<R> fetchStream(Table<R> arg0, Condition... arg1) throws
      DataAccessException {
    return delegate().<R>fetchStream(arg0, arg1);
  }

  @Override
  public <R extends Record> Stream<R> fetchStream(Table<R> arg0,
      Collection<? extends Condition> arg1) throws DataAccessException {
    return delegate().<R>fetchStream(arg0, arg1);
  }

  @Override
  public int executeInsert(TableRecord<?> arg0) throws DataAccessException {
    return delegate().executeInsert(arg0);
  }

  @Override
  public int executeUpdate(UpdatableRecord<?> arg0) throws DataAccessException {
    return delegate().executeUpdate(arg0);
  }

  @Override
  public int executeUpdate(TableRecord<?> arg0, Condition arg1) throws DataAccessException {
    return delegate().executeUpdate(arg0, arg1);
  }

  @Override
  public int executeDelete(UpdatableRecord<?> arg0) throws DataAccessException {
    return delegate().executeDelete(arg0);
  }

  @Override
  public int executeDelete(TableRecord<?> arg0, Condition arg1) throws DataAccessException {
    return delegate().executeDelete(arg0, arg1);
  }

  @Override
  public Instant creationTime() {
    return delegate().creationTime();
  }

  @Override
  public Configuration configuration() {
    return delegate().configuration();
  }

  @Override
  public DSLContext dsl() {
    return delegate().dsl();
  }

  @Override
  public Settings settings() {
    return delegate().settings();
  }

  @Override
  public SQLDialect dialect() {
    return delegate().dialect();
  }

  @Override
  public SQLDialect family() {
    return delegate().family();
  }

  @Override
  public Map<Object, Object> data() {
    return delegate().data();
  }

  @Override
  public Object data(Object arg0) {
    return delegate().data(arg0);
  }

  @Override
  public Object data(Object arg0, Object arg1) {
    return delegate().data(arg0, arg1);
  }
}
